package dev.fieldcrm.core.notify;

import dev.fieldcrm.core.dynamo.DynamoSendQuota;
import dev.fieldcrm.core.dynamo.NotifyServices;
import dev.fieldcrm.core.testing.LocalTable;
import dev.fieldcrm.core.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-tenant daily send cap on DynamoDB Local: taken after the claim, before the provider call. */
class DailySendCapTest {
    private static final Instant START = Instant.parse("2026-11-23T22:00:00Z");
    private final TestClock clock = new TestClock(START);
    private final TestProvider provider = new TestProvider();
    private final CollectedDeadLetters deadLetters = new CollectedDeadLetters();
    private NotifyServices notify;
    private String table;

    @BeforeEach
    void freshTable() {
        table = LocalTable.fresh();
        compose(DailySendCaps.of(3, 2, 5));
    }

    private void compose(DailySendCaps caps) {
        notify = NotifyServices.onDynamo(LocalTable.client(), table, "RU", clock, new PlainRenderer(), provider,
                provider, provider, deadLetters, NotifySettings.defaults().withDailyCaps(caps), by -> { },
                new SplittableRandom(7));
    }

    private static Outgoing email(String tenantId, String id) {
        return new Outgoing(tenantId, id, Channel.EMAIL, "rep1@example.com", "digest", Locale.ENGLISH,
                Map.of("count", 1), Map.of());
    }

    private static Outgoing push(String tenantId, String id) {
        return new Outgoing(tenantId, id, Channel.PUSH, "arn:aws:sns:eu-west-1:1:endpoint/GCM/app/1", "digest",
                Locale.ENGLISH, Map.of("count", 1), Map.of());
    }

    private SendOutcome send(Outgoing message) {
        return notify.postman().send(message);
    }

    private long counter(String tenantId, String day, Channel channel) {
        Map<String, AttributeValue> item = LocalTable.client().getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS("T#" + tenantId + "#SENDCAP#" + day),
                        "SK", AttributeValue.fromS(channel.name())))).item();
        return item == null || item.isEmpty() ? 0 : Long.parseLong(item.get("n").n());
    }

    @Test
    void sendsBeyondTheCap_areNotMade_andRecordedCapped_finalAndNotRetried() {
        List<SendOutcome> outcomes = IntStream.range(0, 5).mapToObj(i -> send(email("acme", "m" + i))).toList();

        assertThat(outcomes).filteredOn(SendOutcome.Sent.class::isInstance).hasSize(3);
        assertThat(outcomes.subList(3, 5)).containsOnly(new SendOutcome.Capped("daily EMAIL cap of 3 reached"));
        assertThat(provider.calls("m3") + provider.calls("m4")).isZero();
        Delivery capped = notify.deliveries().find("acme", "m4").orElseThrow();
        assertThat(capped.status()).isEqualTo(DeliveryStatus.CAPPED);
        assertThat(capped.lastError()).isEqualTo("daily EMAIL cap of 3 reached");
        assertThat(capped.retryAt()).as("not on the retry index").isNull();
        assertThat(capped.expiresAt()).isNotNull();
        assertThat(counter("acme", "2026-11-23", Channel.EMAIL)).isEqualTo(3);

        notify.retries().run(clock.instant().plus(Duration.ofHours(1)));
        assertThat(send(email("acme", "m4"))).isInstanceOf(SendOutcome.Capped.class);
        assertThat(provider.calls("m4")).isZero();
    }

    @Test
    void theCapIsPerTenantAndPerChannel() {
        IntStream.range(0, 4).forEach(i -> send(email("acme", "a" + i)));

        assertThat(send(email("globex", "g1"))).isInstanceOf(SendOutcome.Sent.class);
        assertThat(send(push("acme", "p1"))).isInstanceOf(SendOutcome.Sent.class);
        assertThat(counter("globex", "2026-11-23", Channel.EMAIL)).isEqualTo(1);
        assertThat(counter("acme", "2026-11-23", Channel.PUSH)).isEqualTo(1);
    }

    @Test
    void aTenantOverride_replacesTheDefaultForThatTenantOnly() {
        compose(DailySendCaps.of(3, 2, 5).withOverrides(Map.of("acme", Map.of(Channel.EMAIL, 1L))));

        assertThat(send(email("acme", "a1"))).isInstanceOf(SendOutcome.Sent.class);
        assertThat(send(email("acme", "a2"))).isEqualTo(new SendOutcome.Capped("daily EMAIL cap of 1 reached"));
        assertThat(send(email("globex", "g1"))).isInstanceOf(SendOutcome.Sent.class);
        assertThat(send(email("globex", "g2"))).isInstanceOf(SendOutcome.Sent.class);
    }

    @Test
    void theCounterNeverExceedsTheCap_under16ConcurrentSenders() throws Exception {
        compose(DailySendCaps.of(10, 2, 5));
        ExecutorService senders = Executors.newFixedThreadPool(16);
        List<Callable<SendOutcome>> sends = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            Outgoing message = email("acme", "c" + i);
            sends.add(() -> send(message));
        }
        List<SendOutcome> outcomes = new ArrayList<>();
        try {
            for (Future<SendOutcome> outcome : senders.invokeAll(sends)) {
                outcomes.add(outcome.get());
            }
        } finally {
            senders.shutdown();
        }

        assertThat(outcomes).filteredOn(SendOutcome.Sent.class::isInstance).hasSize(10);
        assertThat(outcomes).filteredOn(SendOutcome.Capped.class::isInstance).hasSize(54);
        assertThat(provider.totalCalls()).isEqualTo(10);
        assertThat(counter("acme", "2026-11-23", Channel.EMAIL)).isEqualTo(10);
    }

    @Test
    void exactlyOneRefusalPerTenantChannelAndDay_isTheFirst_evenUnderConcurrency() throws Exception {
        DynamoSendQuota quota = new DynamoSendQuota(LocalTable.client(), table);
        LocalDate day = LocalDate.parse("2026-11-23");
        assertThat(quota.take("acme", Channel.SMS, day, 1)).isEqualTo(SendQuota.Take.TAKEN);
        ExecutorService refused = Executors.newFixedThreadPool(16);
        List<Callable<SendQuota.Take>> takes = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            takes.add(() -> quota.take("acme", Channel.SMS, day, 1));
        }
        List<SendQuota.Take> answers = new ArrayList<>();
        try {
            for (Future<SendQuota.Take> answer : refused.invokeAll(takes)) {
                answers.add(answer.get());
            }
        } finally {
            refused.shutdown();
        }

        assertThat(answers).filteredOn(SendQuota.Take.FIRST_REFUSAL::equals).hasSize(1);
        assertThat(answers).filteredOn(SendQuota.Take.REFUSED::equals).hasSize(15);
        assertThat(quota.take("acme", Channel.SMS, day.plusDays(1), 1)).isEqualTo(SendQuota.Take.TAKEN);
    }

    @Test
    void theNextUtcDayStartsFresh() {
        compose(DailySendCaps.of(1, 2, 5));
        assertThat(send(email("acme", "d1"))).isInstanceOf(SendOutcome.Sent.class);
        assertThat(send(email("acme", "d2"))).isInstanceOf(SendOutcome.Capped.class);

        clock.advance(Duration.ofHours(2)); // 2026-11-24T00:00Z

        assertThat(send(email("acme", "d3"))).isInstanceOf(SendOutcome.Sent.class);
        assertThat(counter("acme", "2026-11-24", Channel.EMAIL)).isEqualTo(1);
        assertThat(counter("acme", "2026-11-23", Channel.EMAIL)).isEqualTo(1);
    }

    @Test
    void aRedeliveredMessage_isNotCountedTwice() {
        compose(DailySendCaps.of(2, 2, 5));
        assertThat(send(email("acme", "r1"))).isInstanceOf(SendOutcome.Sent.class);
        LocalTable.CALLS.reset();

        assertThat(send(email("acme", "r1"))).isInstanceOf(SendOutcome.AlreadySent.class);

        assertThat(LocalTable.CALLS.made()).as("stopped at the claim, no cap taken").containsExactly("PutItem");
        assertThat(send(email("acme", "r2"))).isInstanceOf(SendOutcome.Sent.class);
        assertThat(counter("acme", "2026-11-23", Channel.EMAIL)).isEqualTo(2);
        assertThat(provider.calls("r1")).isEqualTo(1);
    }

    @Test
    void callCounts_aSendTakesOneUpdateItem_theFirstRefusalTwo_laterRefusalsOne() {
        compose(DailySendCaps.of(1, 2, 5));
        LocalTable.CALLS.reset();
        send(email("acme", "k1"));
        assertThat(LocalTable.CALLS.made()).containsExactly("PutItem", "GetItem", "UpdateItem", "PutItem");

        LocalTable.CALLS.reset();
        send(email("acme", "k2"));
        assertThat(LocalTable.CALLS.made()).as("refused, then the warned mark")
                .containsExactly("PutItem", "GetItem", "UpdateItem", "UpdateItem", "PutItem");

        LocalTable.CALLS.reset();
        send(email("acme", "k3"));
        assertThat(LocalTable.CALLS.made()).containsExactly("PutItem", "GetItem", "UpdateItem", "PutItem");
    }

    @Test
    void aCapBelowOne_isRefusedAtStartup() {
        assertThatThrownBy(() -> DailySendCaps.of(0, 2, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EMAIL");
    }
}
