package dev.fieldcrm.core.deals;

/** What entering a stage means for a deal. */
public enum StageKind {
    /** Work in progress. */
    OPEN,
    /** A free trial: the deal carries the day the trial ends. */
    TRIAL,
    /** Temporarily lost: the deal must be returned to on a set day (a task is planned for it). */
    FROZEN,
    /** Closed as won; needs a won reason. */
    WON,
    /** Closed as lost; needs a lost reason. */
    LOST;

    public boolean closes() {
        return this == WON || this == LOST;
    }
}
