package dev.fieldcrm.mobile.app.sync;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.core.api.ApiException;
import dev.fieldcrm.mobile.core.sync.SyncReport;

/**
 * The sync status line as a sentence the rep understands ("Offline — 3 changes will be sent when you're back
 * online"), never an outcome's code name: what happened, and what it means for the rep's unsent changes.
 */
public final class StatusLine {
    private final Texts texts;

    public StatusLine(Texts texts) {
        this.texts = texts;
    }

    /**
     * @param pending   the rep's changes still only on the phone after the sync
     * @param attention changes the server refused that wait for the rep's choice
     */
    public String after(SyncReport report, int pending, int attention) {
        return switch (report.outcome()) {
            case DONE -> attention > 0 ? texts.get("status.doneAttention", attention)
                    : pending > 0 ? texts.get("status.doneWaiting", pending)
                    : report.sent() > 0 ? texts.get("status.doneSent", report.sent())
                    : texts.get("status.done");
            case OFFLINE -> pending > 0 ? texts.get("status.offlinePending", pending) : texts.get("status.offline");
            case WAITING -> texts.get("status.waiting", pending);
            case SIGN_IN_NEEDED -> texts.get("status.signIn", pending);
        };
    }

    /** A sync that ended with an exception (a bug or a storage problem): say so, and that nothing was lost. */
    public String failed(Exception failure, int pending) {
        if (failure instanceof ApiException e && e.retryable()) {
            return pending > 0 ? texts.get("status.offlinePending", pending) : texts.get("status.offline");
        }
        return texts.get("status.failed", pending, String.valueOf(failure.getMessage()));
    }
}
