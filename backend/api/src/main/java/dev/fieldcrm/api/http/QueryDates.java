package dev.fieldcrm.api.http;

import dev.fieldcrm.core.shared.ValidationFailed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Local dates in query parameters: ISO-8601 ({@code 2026-11-23}), refused with a field error otherwise. */
public final class QueryDates {
    private QueryDates() {
    }

    public static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationFailed.of(field, "must be an ISO-8601 date such as 2026-11-23");
        }
    }
}
