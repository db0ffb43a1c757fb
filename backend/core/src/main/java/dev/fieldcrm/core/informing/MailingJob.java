package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.events.ScheduledJob;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Finds due mailings on the due index (kind {@code mailing}) once a minute and lets {@link MailingDispatch} work on
 * each. The checkpoint advances only when every due mailing was handled; a failed one is therefore read again on
 * the next run and resumes from its stored cursor.
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
        RuntimeException failure = null;
        for (TenantMailing due : mailings.due(from, now)) {
            try {
                dispatch.process(due.tenantId(), due.mailing().id(), now);
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
        mailings.advance(checkpoint, now);
    }
}
