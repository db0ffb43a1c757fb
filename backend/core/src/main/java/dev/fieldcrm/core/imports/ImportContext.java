package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.ValidationFailed;

import java.util.List;

/**
 * What an entity's import needs to know about the job it runs in.
 *
 * @param caller the job's creator: rows are applied with exactly their rights
 */
public record ImportContext(Caller caller, String jobId, boolean dryRun, InputCheck check) {

    /**
     * The id a row's new record gets: derived from the job and the row, so a chunk that is processed again (its
     * runner died before recording progress) finds the record it created and does not create a second one.
     */
    public String newRecordId(CsvRow row) {
        return Ids.derived(jobId, "row-" + row.number());
    }

    /** Fails with every cell error of the row and every violated constraint of {@code input}. */
    public void requireValid(CsvRow row, Object input) {
        List<FieldError> errors = new java.util.ArrayList<>(row.errors());
        errors.addAll(check.check(input));
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}
