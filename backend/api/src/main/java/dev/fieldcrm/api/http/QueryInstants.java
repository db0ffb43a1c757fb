package dev.fieldcrm.api.http;

import dev.fieldcrm.core.shared.ValidationFailed;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Instants in query parameters: ISO-8601, refused with a field error otherwise. */
public final class QueryInstants {
    private QueryInstants() {
    }

    public static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationFailed.of(field, "must be an ISO-8601 instant such as 2026-11-23T09:00:00Z");
        }
    }
}
