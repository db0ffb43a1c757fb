package dev.fieldcrm.core.hygiene.review;

/** A review row's status as its owner marks it (seed 002: not processed / fixed / not fixed with a comment). */
public enum RowStatus {
    NOT_PROCESSED,
    FIXED,
    NOT_FIXED
}
