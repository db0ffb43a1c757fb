package dev.fieldcrm.core.shared;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Local times as settings take them: exactly {@code HH:mm}, so "9:00" or "09:00:00" are refused, not guessed. */
public final class LocalTimes {
    private LocalTimes() {
    }

    /** The time; null (with an error for {@code field} added) when it is not {@code HH:mm}; null when absent. */
    public static LocalTime parse(String field, String value, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        try {
            if (!value.matches("\\d{2}:\\d{2}")) {
                throw new DateTimeParseException("not HH:mm", value, 0);
            }
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a local time HH:mm, e.g. 08:00"));
            return null;
        }
    }
}
