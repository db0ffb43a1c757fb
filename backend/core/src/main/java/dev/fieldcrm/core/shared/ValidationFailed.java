package dev.fieldcrm.core.shared;

import java.util.List;

/** The request breaks a domain rule; nothing was written. */
public final class ValidationFailed extends DomainException {
    private final List<FieldError> errors;

    public ValidationFailed(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.getFirst().field() + ": " + errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public static ValidationFailed of(String field, String message) {
        return new ValidationFailed(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
