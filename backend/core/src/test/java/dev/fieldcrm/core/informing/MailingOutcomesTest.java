package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.dynamo.DynamoMailingQueries;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.Delivery;
import dev.fieldcrm.core.notify.DeliveryStatus;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.testing.LocalTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MailingOutcomesTest {
    private static final String TENANT = "acme";
    private static final String MAILING = "01M85000000000000000000000";
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private DynamoMailingQueries mailings;
    private DynamoChangeWriter writer;
    private MailingOutcomes outcomes;

    @BeforeEach
    void freshTable() {
        String table = LocalTable.fresh();
        mailings = new DynamoMailingQueries(LocalTable.client(), table);
        writer = new DynamoChangeWriter(LocalTable.client(), table);
        outcomes = new MailingOutcomes(writer);
        // Its batch counted three messages as retrying.
        writer.apply(TENANT, new ChangeSet().count(new MailingTally(MAILING),
                new MailingCounts(3, 0, 0, 0, 0, 3).deltas()));
    }

    @Test
    void aRetriedMessageThatIsFinallySent_movesFromRetryingToSent_once_evenWhenItsChangeIsRedelivered() {
        Change settled = change("c1", retried("c1", DeliveryStatus.SENDING), delivery("c1", DeliveryStatus.SENT, "timeout"));

        outcomes.on(settled);
        outcomes.on(settled);

        assertThat(mailings.counts(TENANT, MAILING)).isEqualTo(new MailingCounts(3, 1, 0, 0, 0, 2));
    }

    @Test
    void aRetriedMessageThatIsParkedOrSuppressed_countsAsFailedOrSuppressed() {
        outcomes.on(change("c2", retried("c2", DeliveryStatus.SENDING), delivery("c2", DeliveryStatus.PARKED, "rejected")));
        outcomes.on(change("c3", retried("c3", DeliveryStatus.FAILED), delivery("c3", DeliveryStatus.SUPPRESSED, "bounce")));

        assertThat(mailings.counts(TENANT, MAILING)).isEqualTo(new MailingCounts(3, 0, 1, 1, 0, 1));
    }

    @Test
    void aMessageSentAtItsFirstAttempt_orOneStillFailing_orAnotherKindOfMessage_changesNoCounts() {
        outcomes.on(change("c4", delivery("c4", DeliveryStatus.SENDING, null), delivery("c4", DeliveryStatus.SENT, null)));
        outcomes.on(change("c5", retried("c5", DeliveryStatus.SENDING), delivery("c5", DeliveryStatus.FAILED, "timeout")));
        Delivery digestBefore = new Delivery("digest#anna#2026-11-23#EMAIL", DeliveryStatus.SENDING, 2, "timeout", null,
                outgoing("digest#anna#2026-11-23#EMAIL"), NOW, NOW, NOW, null, 2, null, null);
        Delivery digestAfter = new Delivery("digest#anna#2026-11-23#EMAIL", DeliveryStatus.SENT, 2, null, "ses-1",
                outgoing("digest#anna#2026-11-23#EMAIL"), NOW, NOW, null, null, 3, null, null);
        outcomes.on(new Change(TENANT, "e-digest", digestBefore, digestAfter));

        assertThat(mailings.counts(TENANT, MAILING)).isEqualTo(new MailingCounts(3, 0, 0, 0, 0, 3));
    }

    private static Change change(String contact, Delivery before, Delivery after) {
        return new Change(TENANT, "event-" + contact + "-" + after.status(), before, after);
    }

    /** The delivery as the retry job claims (or finds) it after a failure its batch counted as retrying. */
    private static Delivery retried(String contact, DeliveryStatus status) {
        return new Delivery(id(contact), status, 2, "timeout", null, outgoing(id(contact)), NOW, NOW, null, null, 2, null, null);
    }

    private static Delivery delivery(String contact, DeliveryStatus status, String lastError) {
        return new Delivery(id(contact), status, 2, lastError, null, outgoing(id(contact)), NOW, NOW, null, null, 3, null, null);
    }

    private static String id(String contact) {
        return "mailing#" + MAILING + "#" + contact + "#EMAIL";
    }

    private static Outgoing outgoing(String id) {
        return new Outgoing(TENANT, id, Channel.EMAIL, "a@example.com", "mailing", Locale.ENGLISH, null, null);
    }
}
