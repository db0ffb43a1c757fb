package dev.fieldcrm.core.shared;

/** One invalid input field: a JSON-pointer-like path and what is wrong with it. */
public record FieldError(String field, String message) {
}
