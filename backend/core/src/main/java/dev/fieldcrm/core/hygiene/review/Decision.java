package dev.fieldcrm.core.hygiene.review;

/** A manager's decision on a row marked {@link RowStatus#NOT_FIXED}. */
public enum Decision {
    /** the comment explains it: the row is closed */
    ACCEPT,
    /** it does not: the rep gets a warning and the row stays open */
    REJECT
}
