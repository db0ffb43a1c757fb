package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.notify.Delivery;
import dev.fieldcrm.core.notify.DeliveryStatus;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.util.Optional;

/**
 * Settles a mailing's counts when a message the Postman had to retry reaches its end. The batch that sent it counted
 * it as {@code retrying}; when the retry job later sends, parks, suppresses or caps it, this listener (on the delivery's
 * stream change) moves it from {@code retrying} to {@code sent}, {@code failed} or {@code suppressed}, so the counts a
 * manager sees add up to the final outcome.
 *
 * <p>Only deliveries that failed before are settled (their record carries the failure): a message sent at the first
 * attempt was counted as sent by its batch already. Each delivery is settled once (a {@link MailingSettlement} is
 * created in the same transaction as the counts).
 */
public final class MailingOutcomes implements ChangeListener {
    private static final String MAILING_PREFIX = "mailing#";

    private final ChangeWriter writer;

    public MailingOutcomes(ChangeWriter writer) {
        this.writer = writer;
    }

    @Override
    public void on(Change change) {
        Optional<Delivery> before = change.before(Delivery.class);
        Optional<Delivery> after = change.after(Delivery.class);
        if (before.isEmpty() || after.isEmpty() || !after.get().id().startsWith(MAILING_PREFIX)
                || !wasRetrying(before.get())) {
            return;
        }
        Optional<MailingCounts> settled = settled(after.get().status());
        if (settled.isEmpty()) {
            return;
        }
        String mailingId = mailingIdOf(after.get().id());
        try {
            writer.apply(change.tenantId(), new ChangeSet()
                    .create(new MailingSettlement(mailingId, after.get().id()))
                    .count(new MailingTally(mailingId), settled.get().deltas()));
        } catch (AlreadyExists settledBefore) {
            // A redelivered stream record: its counts were added the first time.
        }
    }

    /** A delivery that failed before and is being (or was) retried: its batch counted it as retrying. */
    private static boolean wasRetrying(Delivery before) {
        return before.lastError() != null
                && (before.status() == DeliveryStatus.FAILED || before.status() == DeliveryStatus.SENDING);
    }

    private static Optional<MailingCounts> settled(DeliveryStatus status) {
        return switch (status) {
            case SENT -> Optional.of(new MailingCounts(0, 1, 0, 0, 0, -1));
            case PARKED, CAPPED -> Optional.of(new MailingCounts(0, 0, 1, 0, 0, -1));
            case SUPPRESSED -> Optional.of(new MailingCounts(0, 0, 0, 1, 0, -1));
            default -> Optional.empty();
        };
    }

    /** {@code mailing#<mailingId>#<contactId>#<channel>} → the mailing id. */
    static String mailingIdOf(String deliveryId) {
        int end = deliveryId.indexOf('#', MAILING_PREFIX.length());
        return deliveryId.substring(MAILING_PREFIX.length(), end < 0 ? deliveryId.length() : end);
    }
}
