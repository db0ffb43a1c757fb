package dev.fieldcrm.api.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.fieldcrm.core.idempotency.IdempotencyRecord;
import dev.fieldcrm.core.idempotency.IdempotencyStore;
import dev.fieldcrm.core.idempotency.IdempotentRequest;
import dev.fieldcrm.core.idempotency.StoredResponse;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.IdempotencyKeyReused;
import dev.fieldcrm.core.shared.ValidationFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on POST: the first response is stored in the same transaction as the write, and a
 * retry with the same key and body gets that response again (with {@code Idempotent-Replayed: true}) instead
 * of a second record. The same key with another body is refused.
 */
@ApplicationScoped
public class IdempotentCalls {
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private final IdempotencyStore store;
    private final ObjectMapper json;

    IdempotentCalls(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * @param action runs the use case; it receives the idempotent request (null without a key) to pass to the core
     * @param render the response for the use case's result, as stored and as replayed
     */
    public <T> Response run(Caller caller, String key, String operation, Object body,
                            Function<IdempotentRequest, T> action, Function<T, StoredResponse> render) {
        if (key == null) {
            return toResponse(render.apply(action.apply(null)), false);
        }
        if (!KEY.matcher(key).matches()) {
            throw ValidationFailed.of(HEADER, "must be 8 to 100 characters of letters, digits, '.', '_', ':' or '-'");
        }
        String hash = fingerprint(operation, body);
        Optional<Response> replay = replay(caller, key, hash);
        if (replay.isPresent()) {
            return replay.get();
        }
        @SuppressWarnings("unchecked")
        IdempotentRequest request = new IdempotentRequest(key, hash, result -> render.apply((T) result));
        try {
            return toResponse(render.apply(action.apply(request)), false);
        } catch (RuntimeException failure) {
            // A request racing another with the same key fails on whatever the winner wrote first: the key
            // (ReplayRace) or a unique value such as the phone (Duplicate). The winner's answer is this one's too.
            return replay(caller, key, hash).orElseThrow(() -> failure);
        }
    }

    private Optional<Response> replay(Caller caller, String key, String hash) {
        Optional<IdempotencyRecord> earlier = store.find(caller, key);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        if (!earlier.get().requestHash().equals(hash)) {
            throw new IdempotencyKeyReused();
        }
        return Optional.of(toResponse(earlier.get().response(), true));
    }

    /** The stored form of a response whose body is {@code entity}. */
    public StoredResponse stored(int status, Object entity, Long version, String location) {
        try {
            return new StoredResponse(status, json.writeValueAsString(entity), version == null ? null : Etags.of(version), location);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise response", e);
        }
    }

    private static Response toResponse(StoredResponse stored, boolean replayed) {
        Response.ResponseBuilder response = Response.status(stored.status())
                .entity(stored.body())
                .type(MediaType.APPLICATION_JSON_TYPE);
        if (stored.etag() != null) {
            response.header(HttpHeaders.ETAG, stored.etag());
        }
        if (stored.location() != null) {
            response.header(HttpHeaders.LOCATION, stored.location());
        }
        if (replayed) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    private String fingerprint(String operation, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint request", e);
        }
    }
}
