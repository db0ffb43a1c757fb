package dev.fieldcrm.mobile.core.sync;

/**
 * What one {@link SyncEngine#sync()} did, for the status line and the tests.
 *
 * @param sent          commands the server accepted
 * @param refused       commands moved to the conflict list
 * @param pulled        changes applied from the server (tombstones included; older versions skipped are not counted)
 * @param pages         sync pages read
 * @param snapshot      a snapshot was (re)started (first sync, or an expired cursor)
 * @param outcome       how it ended
 */
public record SyncReport(int sent, int refused, int pulled, int pages, boolean snapshot, Outcome outcome) {

    /** How a sync ended. */
    public enum Outcome {
        /** Outbox empty (or only waiting on backoff) and the feed read to its end. */
        DONE,
        /** The server could not be reached or failed: the outbox keeps its commands and retries after backoff. */
        OFFLINE,
        /** The head command waits for its backoff time; nothing was pulled so the rep's changes stay on top. */
        WAITING,
        /** 401: the session expired; sign in again (nothing is lost). */
        SIGN_IN_NEEDED
    }
}
