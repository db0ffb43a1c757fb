package dev.fieldcrm.worker.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.Keys;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.dynamodblocal.StreamPump;
import dev.fieldcrm.worker.support.Stream;
import dev.fieldcrm.worker.support.WorkerDynamoResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The stream handler fed with DynamoDB Local's real stream, through the Lambda mock event server. */
@QuarkusTest
class StreamHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller REP1 = new Caller("acme", "rep1", Set.of(Role.REP), "east", ZoneId.of("Europe/Moscow"));

    @Inject CoreServices core;
    @Inject RecordingListener listener;

    @AfterEach
    void deliverTheRest() {
        listener.failNothing();
        Stream.pump();
    }

    @Test
    void aCreatedClient_reachesTheListenersAsAnInsertWithTheClientAfter() {
        Client client = core.clients().create(REP1, null, details("Insert " + Ids.newId()), null);

        Stream.pump();

        assertThat(changesOf(client.id())).singleElement().satisfies(change -> {
            assertThat(change.isInsert()).isTrue();
            assertThat(change.tenantId()).isEqualTo("acme");
            assertThat(change.after(Client.class)).contains(client);
        });
    }

    @Test
    void anUpdatedClient_carriesTheClientBeforeAndAfter() {
        Client created = core.clients().create(REP1, null, details("Before " + Ids.newId()), null);
        Client updated = core.clients().update(REP1, created.id(), created.version(), details("After " + Ids.newId()));

        Stream.pump();

        assertThat(changesOf(created.id())).hasSize(2).last().satisfies(change -> {
            assertThat(change.before(Client.class)).contains(created);
            assertThat(change.after(Client.class)).contains(updated);
        });
    }

    @Test
    void aRemovedItem_givesTheRecordBeforeOnly() {
        Client client = core.clients().create(REP1, null, details("Removed " + Ids.newId()), null);
        try (DynamoDbClient dynamo = WorkerDynamoResource.client()) {
            dynamo.deleteItem(b -> b.tableName(WorkerDynamoResource.TABLE).key(keyOfProfile(dynamo, client.id())));
        }

        Stream.pump();

        assertThat(changesOf(client.id())).hasSize(2).last().satisfies(change -> {
            assertThat(change.isRemoval()).isTrue();
            assertThat(change.before(Client.class)).contains(client);
            assertThat(change.after()).isNull();
        });
    }

    @Test
    void itemsWithoutEntityType_produceNoChange() {
        String pk = Keys.client("acme", Ids.newId());
        try (DynamoDbClient dynamo = WorkerDynamoResource.client()) {
            dynamo.putItem(b -> b.tableName(WorkerDynamoResource.TABLE).item(Map.of(
                    "PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("GUARD"))));
        }

        List<StreamPump.Delivery> deliveries = Stream.pump();

        List<String> eventIds = eventIdsOfPartition(deliveries, pk);
        assertThat(eventIds).as("the guard's stream record was delivered").hasSize(1);
        assertThat(listener.seen()).extracting(Change::eventId).doesNotContainAnyElementsOf(eventIds);
    }

    @Test
    void emptyMapsAndLists_reachTheHandlerAsAwsSendsThem() {
        String pk = Keys.client("acme", Ids.newId());
        try (DynamoDbClient dynamo = WorkerDynamoResource.client()) {
            dynamo.putItem(b -> b.tableName(WorkerDynamoResource.TABLE).item(Map.of(
                    "PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS("EMPTIES"),
                    "emptyMap", AttributeValue.fromM(Map.of()), "emptyList", AttributeValue.fromL(List.of()))));
        }

        List<StreamPump.Delivery> deliveries = Stream.pump();

        JsonNode image = recordsOfPartition(deliveries, pk).getFirst().path("dynamodb").path("NewImage");
        assertThat(image.path("emptyMap").toString()).isEqualTo("{\"M\":{}}");
        assertThat(image.path("emptyList").toString()).isEqualTo("{\"L\":[]}");
        assertThat(deliveries).allSatisfy(d -> assertThat(d.failed()).isNull());
    }

    @Test
    void aListenerFailingOnOneRecord_getsThatRecordRetriedAndNoneBeforeIt() {
        String failing = "Fails " + Ids.newId();
        Client first = core.clients().create(REP1, null, details("First " + Ids.newId()), null);
        Client second = core.clients().create(REP1, null, details(failing), null);
        Client third = core.clients().create(REP1, null, details("Third " + Ids.newId()), null);
        listener.failOn(change -> change.after(Client.class).map(c -> c.name().equals(failing)).orElse(false));
        int batchesEnded = listener.batchesEnded();

        List<StreamPump.Delivery> failed = Stream.pump();
        assertThat(listener.batchesEnded()).as("every batch's end is told, the failed one's too")
                .isEqualTo(batchesEnded + failed.size());

        StreamPump.Delivery last = failed.getLast();
        String failedSequence = sequenceOfInsert(last, second.id());
        assertThat(last.failed()).isEqualTo(failedSequence);
        assertThat(batchItemFailures(last.response())).containsExactly(failedSequence);
        assertThat(changesOf(third.id())).as("nothing after the failed record is applied").isEmpty();

        listener.failNothing();
        List<StreamPump.Delivery> retried = Stream.pump();

        List<String> redelivered = retried.stream().flatMap(d -> d.sequenceNumbers().stream()).toList();
        assertThat(redelivered.getFirst()).isEqualTo(failedSequence);
        assertThat(redelivered).doesNotContain(sequenceOfInsert(failed, first.id()));
        assertThat(changesOf(first.id())).hasSize(1);
        assertThat(changesOf(second.id())).hasSize(2);
        assertThat(changesOf(third.id())).hasSize(1);
    }

    private List<Change> changesOf(String clientId) {
        List<Change> changes = new ArrayList<>();
        for (Change change : listener.seen()) {
            boolean mine = change.after(Client.class).or(() -> change.before(Client.class))
                    .map(c -> c.id().equals(clientId)).orElse(false);
            if (mine) {
                changes.add(change);
            }
        }
        return changes;
    }

    private static ClientDetails details(String name) {
        return new ClientDetails(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    private static Map<String, AttributeValue> keyOfProfile(DynamoDbClient dynamo, String clientId) {
        var items = dynamo.query(b -> b.tableName(WorkerDynamoResource.TABLE).keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.client("acme", clientId))))).items();
        Map<String, AttributeValue> profile = items.stream()
                .filter(item -> item.containsKey("ET") && item.get("ET").s().endsWith("Client")).findFirst().orElseThrow();
        return Map.of("PK", profile.get("PK"), "SK", profile.get("SK"));
    }

    private static String sequenceOfInsert(List<StreamPump.Delivery> deliveries, String clientId) {
        return deliveries.stream().map(d -> sequenceOfInsertOrNull(d, clientId)).filter(s -> s != null).findFirst().orElseThrow();
    }

    private static String sequenceOfInsert(StreamPump.Delivery delivery, String clientId) {
        String sequence = sequenceOfInsertOrNull(delivery, clientId);
        assertThat(sequence).as("insert of client %s in the batch", clientId).isNotNull();
        return sequence;
    }

    private static String sequenceOfInsertOrNull(StreamPump.Delivery delivery, String clientId) {
        for (JsonNode record : records(delivery)) {
            JsonNode dynamodb = record.path("dynamodb");
            if (record.path("eventName").asText().equals("INSERT")
                    && dynamodb.path("Keys").path("PK").path("S").asText().equals(Keys.client("acme", clientId))
                    && dynamodb.path("NewImage").has("ET")) {
                return dynamodb.path("SequenceNumber").asText();
            }
        }
        return null;
    }

    private static List<String> eventIdsOfPartition(List<StreamPump.Delivery> deliveries, String pk) {
        return recordsOfPartition(deliveries, pk).stream().map(record -> record.path("eventID").asText()).toList();
    }

    private static List<JsonNode> recordsOfPartition(List<StreamPump.Delivery> deliveries, String pk) {
        List<JsonNode> found = new ArrayList<>();
        for (StreamPump.Delivery delivery : deliveries) {
            for (JsonNode record : records(delivery)) {
                if (record.path("dynamodb").path("Keys").path("PK").path("S").asText().equals(pk)) {
                    found.add(record);
                }
            }
        }
        return found;
    }

    private static JsonNode records(StreamPump.Delivery delivery) {
        try {
            return JSON.readTree(delivery.event()).path("Records");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> batchItemFailures(String response) {
        try {
            List<String> ids = new ArrayList<>();
            JSON.readTree(response).path("batchItemFailures").forEach(f -> ids.add(f.path("itemIdentifier").asText()));
            return ids;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
