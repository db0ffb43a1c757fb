package dev.fieldcrm.core.informing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The server secrets that sign public links, by key id. New links are signed with the current key; links signed
 * with a retired key still verify until the key is dropped from the configuration (rotation without breaking the
 * links in mailboxes).
 *
 * @param currentKeyId 0..255, written into each token
 */
public record LinkKeys(int currentKeyId, Map<Integer, byte[]> secrets) {
    static final int MIN_SECRET_LENGTH = 16;

    public LinkKeys {
        if (currentKeyId < 0 || currentKeyId > 255) {
            throw new IllegalArgumentException("link key id must be 0..255");
        }
        if (!secrets.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("no secret for the current link key id " + currentKeyId);
        }
        secrets.values().forEach(s -> {
            if (s.length < MIN_SECRET_LENGTH) {
                throw new IllegalArgumentException("a link secret must have at least " + MIN_SECRET_LENGTH + " bytes");
            }
        });
        secrets = Map.copyOf(secrets);
    }

    /**
     * @param currentSecret  the secret new links are signed with ({@code fieldcrm.notify.link-secret})
     * @param currentKeyId   its id ({@code fieldcrm.notify.link-key-id})
     * @param retiredSecrets older secrets still accepted, as {@code id:secret,id:secret} (may be empty)
     */
    public static LinkKeys of(String currentSecret, int currentKeyId, String retiredSecrets) {
        Map<Integer, byte[]> secrets = new HashMap<>();
        if (retiredSecrets != null && !retiredSecrets.isBlank()) {
            for (String entry : retiredSecrets.split(",")) {
                int colon = entry.indexOf(':');
                if (colon < 1) {
                    throw new IllegalArgumentException("retired link secrets must read id:secret,id:secret");
                }
                secrets.put(Integer.parseInt(entry.substring(0, colon).strip()),
                        entry.substring(colon + 1).strip().getBytes(StandardCharsets.UTF_8));
            }
        }
        secrets.put(currentKeyId, currentSecret.getBytes(StandardCharsets.UTF_8));
        return new LinkKeys(currentKeyId, secrets);
    }

    Optional<byte[]> secret(int keyId) {
        return Optional.ofNullable(secrets.get(keyId));
    }

    byte[] current() {
        return secrets.get(currentKeyId);
    }
}
