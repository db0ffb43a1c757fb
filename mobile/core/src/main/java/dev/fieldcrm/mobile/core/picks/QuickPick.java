package dev.fieldcrm.mobile.core.picks;

/** The next-step times a rep can pick with one tap. */
public enum QuickPick {
    /** Two hours from now, on the quarter hour (a call back later today). */
    LATER_TODAY,
    /** Tomorrow at 10:00 in the rep's zone. */
    TOMORROW_MORNING,
    /** The next working day (Mon–Fri) at 10:00. */
    NEXT_WORKING_DAY,
    /** The same weekday next week at 10:00. */
    IN_A_WEEK,
    /** Two weeks from today at 10:00. */
    IN_TWO_WEEKS,
    /** The same day next month (or its last day) at 10:00. */
    IN_A_MONTH
}
