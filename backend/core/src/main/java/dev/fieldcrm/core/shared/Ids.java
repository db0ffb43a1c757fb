package dev.fieldcrm.core.shared;

import com.github.f4b6a3.ulid.Ulid;
import com.github.f4b6a3.ulid.UlidCreator;

/** Identifiers are ULIDs: sortable by creation time and safe to create offline on a phone. */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UlidCreator.getMonotonicUlid().toString();
    }

    /** Whether a client-chosen id is a well-formed ULID (upper-case Crockford base32, 26 chars). */
    public static boolean isValid(String id) {
        return id != null && id.length() == 26 && Ulid.isValid(id) && id.equals(id.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * A ULID that is always the same for the same {@code base} id and {@code part}: the base's timestamp with random
     * bits taken from a hash of both. Lets a retried step of a job create "its" record again and find it exists.
     */
    public static String derived(String base, String part) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((base + "#" + part).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new Ulid(Ulid.from(base).getTime(), java.util.Arrays.copyOf(hash, 10)).toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String requireValid(String field, String id) {
        if (!isValid(id)) {
            throw ValidationFailed.of(field, "must be a ULID (26 characters, Crockford base32, upper case)");
        }
        return id;
    }
}
