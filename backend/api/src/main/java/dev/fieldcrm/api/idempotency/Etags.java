package dev.fieldcrm.api.idempotency;

import dev.fieldcrm.core.shared.ValidationFailed;

/**
 * Entity tags are the item's version: {@code "7"}. Updates must send it back in {@code If-Match}, so a write
 * based on a stale read is refused instead of overwriting someone else's change.
 */
public final class Etags {
    private Etags() {
    }

    /** 200 with the record and its version as the ETag (the next If-Match). */
    public static jakarta.ws.rs.core.Response ok(Object entity, long version) {
        return jakarta.ws.rs.core.Response.ok(entity).header(jakarta.ws.rs.core.HttpHeaders.ETAG, of(version)).build();
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} header names; a missing header is refused (428) so no update is blind. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ValidationFailed.of("If-Match", "must be the ETag of the record, e.g. \"3\"");
        }
    }
}
