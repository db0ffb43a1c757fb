package dev.fieldcrm.mobile.core.deals;

/**
 * Why a move cannot be queued, per field (the API's field name, or {@code reason} / {@code returnOn} /
 * {@code stageId}): {@link Kind#MISSING} a required value, {@link Kind#INVALID} a value the server would refuse.
 */
public record FieldProblem(String field, Kind kind) {
    public enum Kind { MISSING, INVALID }
}
