package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.ValidationFailed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

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

    /**
     * The input normalised by the entity's rules, or a failure listing everything wrong with the row at once: its
     * unreadable cells, the input's violated constraints and the rules' complaints (one per field).
     */
    public <T> T validated(CsvRow row, T input, UnaryOperator<T> normalise) {
        List<FieldError> errors = new ArrayList<>(row.errors());
        Set<String> unreadable = new HashSet<>();
        errors.forEach(error -> unreadable.add(error.field()));
        // An unreadable cell leaves its field empty: a "must not be null" on it would say the same thing twice.
        check.check(input).stream().filter(error -> !unreadable.contains(error.field())).forEach(errors::add);
        try {
            T normalised = normalise.apply(input);
            if (errors.isEmpty()) {
                return normalised;
            }
        } catch (ValidationFailed e) {
            Set<String> reported = new HashSet<>();
            errors.forEach(error -> reported.add(error.field()));
            e.errors().stream().filter(error -> !reported.contains(error.field())).forEach(errors::add);
        }
        throw new ValidationFailed(errors);
    }
}
