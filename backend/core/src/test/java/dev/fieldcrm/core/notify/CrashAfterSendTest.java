package dev.fieldcrm.core.notify;

import dev.fieldcrm.core.dynamo.NotifyServices;
import dev.fieldcrm.core.testing.LocalTable;
import dev.fieldcrm.core.testing.TestClock;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10, the crash window of ADR 21: the provider accepted a message and the worker died (or its DynamoDB write
 * failed) before the delivery was recorded SENT. What is guaranteed: the message is never lost silently — it stays
 * SENDING on the retry index, visible, and is re-sent after its lease (at-least-once in that window only: SES and SNS
 * take no idempotency token); a redelivery within the lease sends nothing; and however often the record fails, the
 * provider is called at most {@code maxAttempts} times for the id, after which the message is parked.
 */
class CrashAfterSendTest {
    private static final Instant START = Instant.parse("2026-12-06T08:00:00Z");

    private final TestClock clock = new TestClock(START);
    private final TestProvider provider = new TestProvider();
    private final CollectedDeadLetters deadLetters = new CollectedDeadLetters();
    private final NotifySettings settings = NotifySettings.defaults();

    private NotifyServices postman(DynamoDbClient dynamo, String table, EmailSender email) {
        return NotifyServices.onDynamo(dynamo, table, "RU", clock, new PlainRenderer(), email, provider, provider,
                deadLetters, settings, duration -> { }, new SplittableRandom(7));
    }

    private static Outgoing digest(String id) {
        return new Outgoing("acme", id, Channel.EMAIL, "rep1@example.com", "digest", null, Map.of("n", 1), null);
    }

    private void afterTheLease() {
        clock.advance(settings.lease().plus(Duration.ofSeconds(1)));
    }

    @Test
    void aWorkerDyingRightAfterTheProviderAccepted_leavesItClaimed_andItIsSentOnceMoreAfterTheLease_thenSent() {
        String table = LocalTable.fresh();
        Outgoing message = digest("crash#1#EMAIL");
        NotifyServices dying = postman(LocalTable.client(), table, email -> {
            provider.send(email);
            throw new ProcessKilled();
        });
        NotifyServices next = postman(LocalTable.client(), table, provider);

        assertThatThrownBy(() -> dying.postman().send(message)).isInstanceOf(ProcessKilled.class);

        Delivery left = next.deliveries().find("acme", message.id()).orElseThrow();
        assertThat(left.status()).as("visible, not lost").isEqualTo(DeliveryStatus.SENDING);
        assertThat(next.postman().send(message)).as("a redelivery within the lease").isInstanceOf(SendOutcome.AlreadySent.class);
        next.retries().run(clock.instant());
        assertThat(provider.accepted(message.id())).isEqualTo(1);

        afterTheLease();
        next.retries().run(clock.instant());

        Delivery done = next.deliveries().find("acme", message.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(provider.accepted(message.id())).as("the crash window's one duplicate").isEqualTo(2);
    }

    @Test
    void aSentThatCannotBeRecorded_isNotTakenForAFailedSend_andTheProviderIsCalledAtMostMaxAttemptsTimes_thenParked() {
        String table = LocalTable.fresh();
        Outgoing message = digest("unrecorded#1#EMAIL");
        NotifyServices notify = postman(LocalTable.clientWith(new FailingSentRecords()), table, provider);

        assertThatThrownBy(() -> notify.postman().send(message)).isInstanceOf(InternalServerErrorException.class);
        assertThat(notify.deliveries().find("acme", message.id()).orElseThrow().status())
                .as("claimed until its lease ends, not FAILED for a quick retry").isEqualTo(DeliveryStatus.SENDING);
        assertThat(notify.postman().send(message)).isInstanceOf(SendOutcome.AlreadySent.class);

        for (int round = 0; round < 2 * settings.maxAttempts(); round++) {
            afterTheLease();
            try {
                notify.retries().run(clock.instant());
            } catch (InternalServerErrorException recordFailedAgain) {
                // the job reports it and reads the span again next time
            }
        }

        Delivery parked = notify.deliveries().find("acme", message.id()).orElseThrow();
        assertThat(parked.status()).isEqualTo(DeliveryStatus.PARKED);
        assertThat(provider.accepted(message.id())).isEqualTo(settings.maxAttempts());
        assertThat(deadLetters.letters).extracting(DeadLetter::id).containsExactly(message.id());
    }

    /** The process died: an Error, which nothing on the way up handles like a failed call. */
    private static final class ProcessKilled extends Error {
        ProcessKilled() {
            super("killed between the provider's answer and the record");
        }
    }

    /** Every PutItem recording a delivery as SENT fails (as if DynamoDB had failed it after the SDK's retries). */
    private static final class FailingSentRecords implements ExecutionInterceptor {
        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            if (context.request() instanceof PutItemRequest put
                    && AttributeValue.fromS(DeliveryStatus.SENT.name()).equals(put.item().get("status"))) {
                throw InternalServerErrorException.builder().statusCode(500).message("injected: record of SENT")
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalServerError").build()).build();
            }
        }
    }
}
