package dev.fieldcrm.adapters.validation;

import dev.fieldcrm.core.imports.InputCheck;
import dev.fieldcrm.core.shared.FieldError;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;

/** The core's {@link InputCheck} port, answered by the same Bean Validation the API applies to JSON bodies. */
public final class BeanValidationCheck implements InputCheck {
    private final Validator validator;

    public BeanValidationCheck(Validator validator) {
        this.validator = validator;
    }

    @Override
    public List<FieldError> check(Object input) {
        return validator.validate(input).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }
}
