package dev.fieldcrm.worker.notify;

import dev.fieldcrm.core.dynamo.NotifyServices;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.Delivery;
import dev.fieldcrm.core.notify.DeliveryStatus;
import dev.fieldcrm.core.notify.EmailMessage;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.dynamodblocal.ScheduledEvents;
import dev.fieldcrm.worker.support.LambdaInvoker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed delivery is sent again by the minute schedule (EventBridge's event through the Lambda mock server). */
@QuarkusTest
@TestProfile(DeliveryRetriesScheduleTest.ScheduleTrigger.class)
class DeliveryRetriesScheduleTest {
    /** The function as deployed for the minute schedule: QUARKUS_LAMBDA_HANDLER=schedule. */
    public static class ScheduleTrigger implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.lambda.handler", "schedule");
        }
    }

    @Inject NotifyServices notify;
    @Inject CapturingEmailSender emails;

    @Test
    void aFailedDeliveryWhoseRetryTimeHasCome_isSentByTheNextScheduledRun_once() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // Other tests tick the shared scheduler at fixed instants: read the retry index from just before now.
        notify.deliveries().advance(notify.deliveries().checkpoint(), now.minus(Duration.ofMinutes(1)));
        String address = "retry." + Ids.newId().toLowerCase() + "@example.com";
        Outgoing message = new Outgoing("acme", "retry-test#" + Ids.newId() + "#EMAIL", Channel.EMAIL, address,
                "test", Locale.ENGLISH, Map.of("recipientName", "Anna", "note", "count=1"), Map.of());
        Instant failedAt = now.minus(Duration.ofMinutes(2));
        notify.deliveries().createOrGet(new Delivery(message.id(), DeliveryStatus.FAILED, 1, "TRANSIENT: 503", null,
                message, failedAt, failedAt, null, now.minusSeconds(30), 1, null, null));

        LambdaInvoker.invoke(ScheduledEvents.at(now));
        LambdaInvoker.invoke(ScheduledEvents.at(now.plusSeconds(60)));

        Delivery delivery = notify.deliveries().find("acme", message.id()).orElseThrow();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(emails.sent()).extracting(EmailMessage::to).containsOnlyOnce(address);
    }
}
