package dev.fieldcrm.core.notify;

import dev.fieldcrm.core.dynamo.NotifyServices;
import dev.fieldcrm.core.testing.LocalTable;
import dev.fieldcrm.core.testing.TestClock;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, a claim written whose answer was lost (ADR "Fault injection"): DynamoDB applied the claim's PutItem, the
 * client got a 500 instead of the answer, and the SDK sent the same write again, which failed the condition the first
 * attempt had changed. The claim token on the stored item shows it is this Postman's own claim: the message goes out
 * at once and once, without waiting for the lease. A rival's claim on the same clock tick (same version, another
 * token) stays a rival's: {@code ReliablePostmanTest.aSendWhileAnotherPostmanHoldsTheClaim_isAlreadySent}.
 */
class LostClaimAnswerTest {
    private final LostClaimAnswers lost = new LostClaimAnswers();
    private final TestProvider provider = new TestProvider();
    private final NotifySettings settings = NotifySettings.defaults();
    /** Never advanced while a claim is being sent: "at once" means within the same instant, not after the lease. */
    private final TestClock clock = new TestClock(Instant.parse("2026-12-06T08:00:00Z"));

    /** A Postman whose DynamoDB client loses the answer of every claim. */
    private NotifyServices postman(String table) {
        return NotifyServices.onDynamo(LocalTable.clientWith(lost), table, "RU", clock, new PlainRenderer(), provider,
                provider, provider, new CollectedDeadLetters(), settings, duration -> { }, new SplittableRandom(7));
    }

    private static Outgoing digest(String id) {
        return new Outgoing("acme", id, Channel.EMAIL, "rep1@example.com", "digest", null, Map.of("n", 1), null);
    }

    @Test
    void aFirstClaimWhoseAnswerWasLost_isRecognisedAsOurs_andTheMessageIsSentAtOnce_once_withTheSameFourCalls() {
        NotifyServices notify = postman(LocalTable.fresh());
        Outgoing message = digest("lost#1#EMAIL");
        LocalTable.CALLS.reset();

        SendOutcome outcome = notify.postman().send(message);

        assertThat(lost.count()).as("the claim's answer was lost").isEqualTo(1);
        assertThat(outcome).as("no waiting for the lease").isInstanceOf(SendOutcome.Sent.class);
        assertThat(LocalTable.CALLS.made()).as("the SDK's retry is inside the claim's call; no read added")
                .containsExactly("PutItem", "GetItem", "UpdateItem", "PutItem");
        assertThat(provider.calls(message.id())).isEqualTo(1);
        Delivery delivery = notify.deliveries().find("acme", message.id()).orElseThrow();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.claimToken()).isNotBlank();

        assertThat(notify.postman().send(message)).as("sent once").isInstanceOf(SendOutcome.AlreadySent.class);
        assertThat(provider.calls(message.id())).isEqualTo(1);
    }

    @Test
    void aRetryJobsClaimWhoseAnswerWasLost_isRecognisedAsOurs_andTheMessageIsSentAtOnce_once() {
        NotifyServices notify = postman(LocalTable.fresh());
        Outgoing message = digest("lost#2#EMAIL");
        provider.failNext(1, SendFailure.Kind.TRANSIENT);
        SendOutcome first = notify.postman().send(message);
        assertThat(first).isInstanceOf(SendOutcome.RetryLater.class);

        clock.advance(settings.backoffCap());
        notify.retries().run(clock.instant());

        assertThat(lost.count()).as("both claims' answers were lost").isEqualTo(2);
        Delivery delivery = notify.deliveries().find("acme", message.id()).orElseThrow();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(provider.calls(message.id())).isEqualTo(2);
        assertThat(provider.accepted(message.id())).isEqualTo(1);
    }

    @Test
    void eachClaimHasItsOwnToken_evenOnTheSameClockTick() {
        NotifyServices notify = postman(LocalTable.fresh());
        notify.postman().send(digest("lost#3#EMAIL"));
        notify.postman().send(digest("lost#4#EMAIL"));

        assertThat(notify.deliveries().find("acme", "lost#3#EMAIL").orElseThrow().claimToken())
                .isNotEqualTo(notify.deliveries().find("acme", "lost#4#EMAIL").orElseThrow().claimToken());
    }

    /**
     * Every claim (a PutItem of a SENDING delivery) is applied, then its answer is replaced by a 500: the SDK sends the
     * same write again, as it does in AWS. Only the first attempt of each call loses its answer.
     */
    private static final class LostClaimAnswers implements ExecutionInterceptor {
        private static final ExecutionAttribute<AtomicInteger> ATTEMPTS = new ExecutionAttribute<>("LostClaimAnswers.attempts");
        private final AtomicInteger lost = new AtomicInteger();

        int count() {
            return lost.get();
        }

        @Override
        public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
            if (!(context.request() instanceof PutItemRequest put)
                    || !AttributeValue.fromS(DeliveryStatus.SENDING.name()).equals(put.item().get("status"))) {
                return;
            }
            attributes.putAttributeIfAbsent(ATTEMPTS, new AtomicInteger());
            if (attributes.getAttribute(ATTEMPTS).getAndIncrement() == 0) {
                lost.incrementAndGet();
                throw InternalServerErrorException.builder().statusCode(500).message("injected: answer of an applied claim lost")
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("InternalServerError").build()).build();
            }
        }
    }
}
