package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.shared.FieldError;

import java.util.List;

/**
 * Checks an input record's declared constraints (lengths, ranges, required fields — the Bean Validation annotations
 * on the core's input records), as the API edge does for JSON bodies. A port: the API implements it with its
 * validator, so an imported row passes exactly the checks a typed-in record passes.
 */
@FunctionalInterface
public interface InputCheck {
    /** @return one error per violated constraint, by property path ({@code requisites.taxId}, {@code phones[0]}) */
    List<FieldError> check(Object input);
}
