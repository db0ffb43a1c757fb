package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.dynamo.DynamoMailingQueries;
import dev.fieldcrm.core.informing.MailingTally;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.testing.LocalTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class InboundLogTest {
    private static final String TENANT = "acme";
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final String COUNTER = "01M85000000000000000000000";

    private String table;
    private InboundLog log;

    @BeforeEach
    void freshTable() {
        table = LocalTable.fresh();
        log = new InboundLog(new DynamoChangeWriter(LocalTable.client(), table));
    }

    @Test
    void aNewRequest_isStoredWithItsGuards_inOneTransaction() {
        InboundRequest request = request(NOW);
        LocalTable.CALLS.reset();

        InboundLog.Receipt receipt = log.receive(TENANT, request, guards("sub-1", "hash-1"));

        assertThat(receipt).isEqualTo(new InboundLog.Receipt(request.id(), false));
        assertThat(LocalTable.CALLS.made()).containsExactly("TransactWriteItems");
        assertThat(item("T#acme#INBOUND#" + request.id(), "INBOUND")).containsEntry("status", AttributeValue.fromS("RECEIVED"));
        Map<String, AttributeValue> guard = item("T#acme#INBOUND_KEY#FORM#f1#SUB#sub-1", "GUARD");
        assertThat(guard).containsEntry("holderId", AttributeValue.fromS(request.id()))
                .containsEntry("expiresAt", AttributeValue.fromN(Long.toString(NOW.plus(Duration.ofHours(24)).getEpochSecond())));
    }

    @Test
    void theSameSubmissionAgain_storesNothing_countsNothing_andNamesTheFirstRequest() {
        InboundRequest first = request(NOW);
        log.receive(TENANT, first, guards("sub-1", "hash-1"), counted());
        InboundRequest again = request(NOW.plusSeconds(5));
        LocalTable.CALLS.reset();

        InboundLog.Receipt receipt = log.receive(TENANT, again, guards("sub-1", "hash-1"), counted());

        assertThat(receipt).isEqualTo(new InboundLog.Receipt(first.id(), true));
        assertThat(LocalTable.CALLS.made()).containsExactly("TransactWriteItems");
        assertThat(item("T#acme#INBOUND#" + again.id(), "INBOUND")).isEmpty();
        assertThat(new DynamoMailingQueries(LocalTable.client(), table).counts(TENANT, COUNTER).sent()).isEqualTo(1);
    }

    @Test
    void aResubmitWithANewSubmissionIdButTheSamePayload_isAReplayOfTheFirst() {
        InboundRequest first = request(NOW);
        log.receive(TENANT, first, guards("sub-1", "hash-1"));

        InboundLog.Receipt receipt = log.receive(TENANT, request(NOW.plusSeconds(30)), guards("sub-2", "hash-1"));

        assertThat(receipt).isEqualTo(new InboundLog.Receipt(first.id(), true));
        assertThat(item("T#acme#INBOUND_KEY#FORM#f1#SUB#sub-2", "GUARD")).isEmpty();
    }

    @Test
    void aGuardPastItsExpiry_isFreeAgain_evenBeforeTtlDeletesIt() {
        log.receive(TENANT, request(NOW), List.of(ReplayGuard.of("FORM#f1#HASH#hash-1", Duration.ofMinutes(10))));
        InboundRequest later = request(NOW.plus(Duration.ofMinutes(11)));

        InboundLog.Receipt receipt = log.receive(TENANT, later, List.of(ReplayGuard.of("FORM#f1#HASH#hash-1", Duration.ofMinutes(10))));

        assertThat(receipt).isEqualTo(new InboundLog.Receipt(later.id(), false));
        assertThat(item("T#acme#INBOUND_KEY#FORM#f1#HASH#hash-1", "GUARD")).containsEntry("holderId", AttributeValue.fromS(later.id()));
    }

    @Test
    void twentyConcurrentCopiesOfOneSubmission_storeExactlyOneRequest() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<InboundLog.Receipt>> receipts = new ArrayList<>();
        Map<String, Boolean> stored = new ConcurrentHashMap<>();
        for (int i = 0; i < 20; i++) {
            receipts.add(pool.submit(() -> log.receive(TENANT, request(NOW), guards("sub-9", "hash-9"))));
        }
        for (Future<InboundLog.Receipt> receipt : receipts) {
            InboundLog.Receipt r = receipt.get();
            if (!r.replay()) {
                stored.put(r.requestId(), true);
            }
        }
        pool.shutdown();

        assertThat(stored).hasSize(1);
        for (Future<InboundLog.Receipt> receipt : receipts) {
            assertThat(receipt.get().requestId()).isEqualTo(stored.keySet().iterator().next());
        }
    }

    private static List<ReplayGuard> guards(String submissionId, String hash) {
        return List.of(ReplayGuard.of("FORM#f1#SUB#" + submissionId, Duration.ofHours(24)),
                ReplayGuard.of("FORM#f1#HASH#" + hash, Duration.ofMinutes(10)));
    }

    private static ChangeSet counted() {
        return new ChangeSet().count(new MailingTally(COUNTER), Map.of("sent", java.math.BigDecimal.ONE));
    }

    private static InboundRequest request(Instant at) {
        LeadFields fields = new LeadFields("Anna", "Acme", "anna@example.com", null, null, null, null, "hello", Map.of(), Map.of());
        return new InboundRequest(Ids.newId(), InboundChannel.WEB_FORM, "f1", "Contact us", "sub-1", at, fields,
                Map.of("utm_source", "ads"), null, new LeadRouting(null, null, "website", null, null),
                InboundStatus.RECEIVED, null, 1, null);
    }

    private Map<String, AttributeValue> item(String pk, String sk) {
        return LocalTable.client().getItem(g -> g.tableName(table).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))).item();
    }
}
