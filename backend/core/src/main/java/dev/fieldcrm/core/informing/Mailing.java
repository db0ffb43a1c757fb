package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.notify.Channel;

import java.time.Instant;

/**
 * A consented mailing to the contacts of a filtered set of clients. Its counters live in a separate
 * {@link MailingTally} item (atomic ADD per batch); this item holds what the worker needs to resume: status, the
 * audience cursor and the next due time (on the due index while active).
 *
 * @param teamId the creator's team: managers see their team's mailings
 * @param dueAt  when the worker should next look at it (null once finished or cancelled)
 */
public record Mailing(String id, String teamId, String createdBy, Instant createdAt, Channel channel, String locale,
                      String subject, String body, AudienceFilter audience, Instant scheduledAt, MailingStatus status,
                      AudienceCursor cursor, Instant dueAt, Instant finishedAt, Instant updatedAt, long version) {

    public Mailing {
        cursor = cursor == null ? AudienceCursor.start() : cursor;
        audience = audience == null ? AudienceFilter.everyone() : audience;
    }

    /** After a batch: the cursor moved on; finished when the audience is exhausted, else due again at {@code nextDue}. */
    Mailing progressed(AudienceCursor next, boolean exhausted, Instant nextDue, Instant now) {
        if (status == MailingStatus.CANCELLED) {
            return new Mailing(id, teamId, createdBy, createdAt, channel, locale, subject, body, audience, scheduledAt,
                    status, next, null, finishedAt, now, version + 1);
        }
        return new Mailing(id, teamId, createdBy, createdAt, channel, locale, subject, body, audience, scheduledAt,
                exhausted ? MailingStatus.DONE : MailingStatus.SENDING, next, exhausted ? null : nextDue,
                exhausted ? now : null, now, version + 1);
    }

    Mailing cancelled(Instant now) {
        return new Mailing(id, teamId, createdBy, createdAt, channel, locale, subject, body, audience, scheduledAt,
                MailingStatus.CANCELLED, cursor, null, now, now, version + 1);
    }
}
