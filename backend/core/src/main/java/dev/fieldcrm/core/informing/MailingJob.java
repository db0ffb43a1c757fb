package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.events.ScheduledJob;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds due mailings on the due index (kind {@code mailing}) once a minute and lets {@link MailingDispatch} work on
 * each, within one sending budget per run (rate × seconds of a run, shared by all due mailings, so a run ends in time).
 * The checkpoint advances only when every due mailing was handled: a failed one, or one the budget did not reach, is
 * read again on the next run and resumes from its stored cursor.
 */
public final class MailingJob implements ScheduledJob {
    public static final String KIND = "mailing";
    private static final Duration FIRST_LOOK_BACK = Duration.ofHours(1);

    private final MailingQueries mailings;
    private final MailingDispatch dispatch;

    public MailingJob(MailingQueries mailings, MailingDispatch dispatch) {
        this.mailings = mailings;
        this.dispatch = dispatch;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public void run(Instant now) {
        Optional<Instant> checkpoint = mailings.checkpoint();
        Instant from = checkpoint.orElse(now.minus(FIRST_LOOK_BACK));
        if (!now.isAfter(from)) {
            // A late or repeated tick: that span has been read already.
            return;
        }
        RuntimeException failure = null;
        int budget = dispatch.messagesPerRun();
        boolean allHandled = true;
        for (TenantMailing due : mailings.due(from, now)) {
            if (budget <= 0) {
                // The run's sending time is used up: the rest stay where they are on the due index, and the
                // checkpoint stays too, so the next run reads them again.
                allHandled = false;
                break;
            }
            try {
                budget -= dispatch.process(due.tenantId(), due.mailing().id(), now, budget);
            } catch (RuntimeException e) {
                // The others still go out; this one is read again next run (the checkpoint stays).
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        if (allHandled) {
            mailings.advance(checkpoint, now);
        }
    }
}
