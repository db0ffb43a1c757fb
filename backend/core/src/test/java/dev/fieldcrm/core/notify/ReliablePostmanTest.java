package dev.fieldcrm.core.notify;

import dev.fieldcrm.core.testing.TestClock;
import dev.fieldcrm.core.testing.LocalTable;
import dev.fieldcrm.core.dynamo.NotifyServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The Postman on DynamoDB Local: claim, suppression, send, record; failures, retries, dead letters. */
class ReliablePostmanTest {
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
    private final TestClock clock = new TestClock(START);
    private final TestProvider provider = new TestProvider();
    private final CollectedDeadLetters deadLetters = new CollectedDeadLetters();
    private final List<Duration> pauses = new ArrayList<>();
    private NotifySettings settings = NotifySettings.defaults().withMaxAttempts(3);
    private NotifyServices notify;
    private String table;

    @BeforeEach
    void freshTable() {
        table = LocalTable.fresh();
        compose();
    }

    private void compose() {
        notify = NotifyServices.onDynamo(LocalTable.client(), table, "RU", clock, new PlainRenderer(), provider,
                provider, provider, deadLetters, settings, pauses::add, new SplittableRandom(7));
    }

    private static Outgoing email(String id, String address) {
        return new Outgoing("acme", id, Channel.EMAIL, address, "digest", Locale.ENGLISH,
                Map.of("tasks", List.of(Map.of("title", "Call Anna", "due", "09:00")), "count", 3),
                Map.of("List-Unsubscribe", "<https://example.com/u/1>"));
    }

    private Delivery stored(String id) {
        return notify.deliveries().find("acme", id).orElseThrow();
    }

    @Test
    void aFirstSend_callsTheProviderOnce_withAClaimASuppressionLookupTheDailyCapAndARecord() {
        LocalTable.CALLS.reset();

        SendOutcome outcome = notify.postman().send(email("digest#rep1#2026-11-23#EMAIL", "rep1@example.com"));

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        assertThat(LocalTable.CALLS.made()).containsExactly("PutItem", "GetItem", "UpdateItem", "PutItem");
        assertThat(provider.calls("digest#rep1#2026-11-23#EMAIL")).isEqualTo(1);
        Delivery delivery = stored("digest#rep1#2026-11-23#EMAIL");
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.providerMessageId()).isEqualTo(((SendOutcome.Sent) outcome).providerMessageId());
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.outgoing()).isEqualTo(email("digest#rep1#2026-11-23#EMAIL", "rep1@example.com"));
        assertThat(delivery.expiresAt()).as("kept 90 days, then removed by the TTL")
                .isEqualTo(START.plus(Duration.ofDays(90)).getEpochSecond());
    }

    @Test
    void aRepeatedSend_isAlreadySent_withOneDynamoCall_andNoProviderCall() {
        notify.postman().send(email("m1", "rep1@example.com"));
        LocalTable.CALLS.reset();

        SendOutcome again = notify.postman().send(email("m1", "rep1@example.com"));

        assertThat(again).isInstanceOf(SendOutcome.AlreadySent.class);
        assertThat(LocalTable.CALLS.made()).containsExactly("PutItem");
        assertThat(provider.calls("m1")).isEqualTo(1);
    }

    @Test
    void aSendWhileAnotherPostmanHoldsTheClaim_isAlreadySent() {
        Instant now = clock.instant();
        notify.deliveries().createOrGet(Delivery.firstClaim(email("m2", "rep1@example.com"), now, now.plusSeconds(120), "dead-worker"));

        assertThat(notify.postman().send(email("m2", "rep1@example.com"))).isInstanceOf(SendOutcome.AlreadySent.class);
        assertThat(provider.calls("m2")).isZero();
    }

    @Test
    void aSuppressedAddress_isRecordedSuppressed_andNeverSent_whateverItsSpelling() {
        notify.suppressions().suppress("acme", "  Anna@Example.COM ", SuppressionReason.BOUNCE, "ses:abc");

        SendOutcome outcome = notify.postman().send(email("m3", "anna@example.com"));

        assertThat(outcome).isEqualTo(new SendOutcome.Suppressed("BOUNCE"));
        assertThat(provider.calls("m3")).isZero();
        assertThat(stored("m3").status()).isEqualTo(DeliveryStatus.SUPPRESSED);
        assertThat(notify.postman().send(email("m3", "anna@example.com"))).isInstanceOf(SendOutcome.Suppressed.class);
        assertThat(provider.calls("m3")).isZero();
    }

    @Test
    void aSuppressionInAnotherTenant_doesNotStopTheSend() {
        notify.suppressions().suppress("globex", "anna@example.com", SuppressionReason.UNSUBSCRIBE, "link");

        assertThat(notify.postman().send(email("m4", "anna@example.com"))).isInstanceOf(SendOutcome.Sent.class);
    }

    @Test
    void aTransientFailure_isRetriedByTheRetryJob_onlyOnceItsRetryTimeHasCome() {
        provider.failNext(1, SendFailure.Kind.TRANSIENT);

        SendOutcome first = notify.postman().send(email("m5", "rep1@example.com"));

        assertThat(first).isInstanceOf(SendOutcome.RetryLater.class);
        Instant retryAt = ((SendOutcome.RetryLater) first).retryAt();
        assertThat(retryAt).isAfter(START).isBeforeOrEqualTo(START.plus(settings.backoffBase()).plusSeconds(1));
        assertThat(stored("m5").status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(stored("m5").lastError()).contains("TRANSIENT");
        assertThat(stored("m5").expiresAt()).as("a delivery still to be retried does not expire").isNull();

        notify.retries().run(retryAt.minusSeconds(1));
        assertThat(provider.calls("m5")).isEqualTo(1);
        assertThat(notify.postman().send(email("m5", "rep1@example.com"))).isInstanceOf(SendOutcome.RetryLater.class);
        assertThat(provider.calls("m5")).isEqualTo(1);

        clock.advance(Duration.between(START, retryAt).plusSeconds(1));
        notify.retries().run(clock.instant());

        assertThat(provider.accepted("m5")).isEqualTo(1);
        assertThat(stored("m5").status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(stored("m5").attempts()).isEqualTo(2);
    }

    @Test
    void anUnexpectedSenderException_countsAsTransient() {
        provider.script(id -> {
            throw new IllegalStateException("socket closed");
        });

        SendOutcome outcome = notify.postman().send(email("m6", "rep1@example.com"));

        assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
        assertThat(stored("m6").status()).isEqualTo(DeliveryStatus.FAILED);
    }

    @Test
    void aPermanentFailure_isParked_andHandedToTheDeadLetters_withoutRetry() {
        provider.failNext(1, SendFailure.Kind.PERMANENT);

        SendOutcome outcome = notify.postman().send(email("m7", "nobody@example.com"));

        assertThat(outcome).isInstanceOf(SendOutcome.Parked.class);
        assertThat(stored("m7").status()).isEqualTo(DeliveryStatus.PARKED);
        assertThat(deadLetters.letters).singleElement().satisfies(letter -> {
            assertThat(letter.id()).isEqualTo("m7");
            assertThat(letter.tenantId()).isEqualTo("acme");
            assertThat(letter.attempts()).isEqualTo(1);
            assertThat(letter.reason()).contains("PERMANENT");
            assertThat(letter.outgoing()).isEqualTo(email("m7", "nobody@example.com"));
        });
        clock.advance(Duration.ofHours(2));
        notify.retries().run(clock.instant());
        assertThat(provider.calls("m7")).isEqualTo(1);
    }

    @Test
    void aTemplateThatCannotBeRendered_isParked_withoutCallingTheProvider() {
        Outgoing broken = new Outgoing("acme", "m8", Channel.SMS, "+79123456789", "broken", null, null, null);

        assertThat(notify.postman().send(broken)).isInstanceOf(SendOutcome.Parked.class);
        assertThat(provider.totalCalls()).isZero();
        assertThat(deadLetters.letters).extracting(DeadLetter::id).containsExactly("m8");
    }

    @Test
    void afterTheLastAllowedAttemptFails_theMessageIsParked() {
        provider.failNext(100, SendFailure.Kind.TRANSIENT);

        notify.postman().send(email("m9", "rep1@example.com"));
        for (int round = 0; round < 5; round++) {
            clock.advance(settings.backoffCap());
            notify.retries().run(clock.instant());
        }

        assertThat(provider.calls("m9")).isEqualTo(3);
        assertThat(stored("m9").status()).isEqualTo(DeliveryStatus.PARKED);
        assertThat(deadLetters.letters).singleElement().satisfies(letter -> assertThat(letter.attempts()).isEqualTo(3));
    }

    @Test
    void aThrottlingProvider_isGivenShortPauses_andTheMessageGoesOut() {
        provider.failNext(2, SendFailure.Kind.THROTTLED);

        SendOutcome outcome = notify.postman().send(email("m10", "rep1@example.com"));

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        assertThat(pauses).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(stored("m10").attempts()).isEqualTo(1);
    }

    @Test
    void aProviderThatKeepsThrottling_getsTheMessageBackAsRetryLater_withinTheWaitBudget() {
        provider.failNext(100, SendFailure.Kind.THROTTLED);

        SendOutcome outcome = notify.postman().send(email("m11", "rep1@example.com"));

        assertThat(outcome).isInstanceOf(SendOutcome.RetryLater.class);
        assertThat(pauses.stream().reduce(Duration.ZERO, Duration::plus)).isLessThanOrEqualTo(settings.throttleBudget());
        assertThat(stored("m11").status()).isEqualTo(DeliveryStatus.FAILED);
    }

    @Test
    void aClaimWhoseWorkerDied_isTakenOverByTheRetryJob_afterItsLease() {
        Instant now = clock.instant();
        notify.deliveries().createOrGet(Delivery.firstClaim(email("m12", "rep1@example.com"), now, now.plus(settings.lease()), "dead-worker"));

        notify.retries().run(now.plusSeconds(30));
        assertThat(provider.calls("m12")).isZero();

        clock.advance(settings.lease().plusSeconds(1));
        notify.retries().run(clock.instant());

        assertThat(provider.accepted("m12")).isEqualTo(1);
        assertThat(stored("m12").status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(stored("m12").attempts()).isEqualTo(2);
    }

    @Test
    void whenTheDeadLettersAreUnreachable_theMessageIsParkedLater_withoutBeingSentAgain() {
        provider.failNext(1, SendFailure.Kind.PERMANENT);
        deadLetters.unreachable = true;

        assertThat(notify.postman().send(email("m13", "x@example.com"))).isInstanceOf(SendOutcome.RetryLater.class);
        assertThat(stored("m13").status()).isEqualTo(DeliveryStatus.FAILED);

        deadLetters.unreachable = false;
        clock.advance(settings.backoffCap());
        notify.retries().run(clock.instant());

        assertThat(provider.calls("m13")).isEqualTo(1);
        assertThat(stored("m13").status()).isEqualTo(DeliveryStatus.PARKED);
        assertThat(deadLetters.letters).extracting(DeadLetter::id).containsExactly("m13");
    }

    @Test
    void theRetryJob_readsOnlyTheDueIndex_andAdvancesItsCheckpoint() {
        provider.failNext(1, SendFailure.Kind.TRANSIENT);
        notify.postman().send(email("m14", "rep1@example.com"));
        clock.advance(settings.backoffCap());
        LocalTable.CALLS.reset();

        notify.retries().run(clock.instant());

        assertThat(LocalTable.CALLS.made()).doesNotContain("Scan")
                .filteredOn("Query"::equals).hasSizeBetween(8, 8 * 3);
        assertThat(LocalTable.CALLS.made()).startsWith("GetItem").endsWith("PutItem");
        assertThat(notify.deliveries().checkpoint()).contains(clock.instant());
    }
}
