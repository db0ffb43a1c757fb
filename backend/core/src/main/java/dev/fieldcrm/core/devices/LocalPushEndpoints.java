package dev.fieldcrm.core.devices;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Push endpoints for the local run and tests: kept in memory, with fake ARNs derived from the token (so creating
 * twice for one token gives one endpoint, as SNS does). Pushes to them are captured, never sent.
 */
public final class LocalPushEndpoints implements PushEndpoints {
    /** What an endpoint holds. */
    public record Endpoint(Platform platform, String token, String owner, boolean enabled) {
    }

    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    @Override
    public Made create(Platform platform, String token, String owner) {
        String arn = "arn:fieldcrm:local:endpoint/" + platform + "/" + digest(platform + "/" + token);
        Endpoint previous = endpoints.put(arn, new Endpoint(platform, token, owner, true));
        return new Made(arn, previous == null || previous.owner().equals(owner) ? null : previous.owner());
    }

    @Override
    public void refresh(String endpointArn, String token) {
        endpoints.computeIfPresent(endpointArn, (arn, e) -> new Endpoint(e.platform(), token, e.owner(), true));
    }

    @Override
    public void delete(String endpointArn) {
        endpoints.remove(endpointArn);
    }

    @Override
    public Optional<String> owner(String endpointArn) {
        return Optional.ofNullable(endpoints.get(endpointArn)).map(Endpoint::owner);
    }

    /** The endpoints that exist now (tests, the local outbox). */
    public Map<String, Endpoint> endpoints() {
        return Map.copyOf(endpoints);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
