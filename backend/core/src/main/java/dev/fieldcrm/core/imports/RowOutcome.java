package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.RecordRef;

import java.util.List;

/**
 * The report of one row.
 *
 * @param row         1-based data row number
 * @param recordId    the record created, updated or left unchanged (null otherwise; in a dry run null on create)
 * @param errors      why the row is INVALID or DUPLICATE (at most {@link #MAX_ERRORS}, messages shortened)
 * @param existing    for a DUPLICATE: the record that holds the value
 * @param earlierRow  for a DUPLICATE inside the file (dry run): the row that has the value first
 */
public record RowOutcome(int row, Outcome outcome, String recordId, List<FieldError> errors, RecordRef existing,
                         Integer earlierRow) {
    /** Keeps a chunk's item far below DynamoDB's 400 KB. */
    public static final int MAX_ERRORS = 5;
    private static final int MAX_MESSAGE = 160;

    public RowOutcome {
        errors = errors == null ? List.of() : errors.stream().limit(MAX_ERRORS)
                .map(e -> new FieldError(e.field(), shorten(e.message()))).toList();
    }

    public static RowOutcome done(int row, Outcome outcome, String recordId) {
        return new RowOutcome(row, outcome, recordId, List.of(), null, null);
    }

    public static RowOutcome invalid(int row, List<FieldError> errors) {
        return new RowOutcome(row, Outcome.INVALID, null, errors, null, null);
    }

    private static String shorten(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
