package dev.fieldcrm.worker.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.worker.support.LambdaInvoker;
import dev.fieldcrm.worker.support.WorkerDynamoResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lambda's DynamoDB event source mapping with the deployed {@link StreamTrigger} settings, around the test table's
 * real stream: each batch goes to the worker's stream handler (through the Lambda mock event server); the records
 * before a reported item failure are done, the rest is retried; an invocation that errors is bisected; after
 * {@code maxRetries} retries of a batch its remaining records go to the on-failure destination ({@link #dlq()}) and
 * the shard moves on. AWS puts only the batch's description (shard, sequence numbers) in that queue; here the records
 * themselves are kept so a test can play the operator's redrive.
 */
final class EventSourceMapping {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StreamTrigger trigger;
    private final List<JsonNode> dlq = new ArrayList<>();
    private int invocations;
    private int retries;
    private int bisections;

    EventSourceMapping(StreamTrigger trigger) {
        this.trigger = trigger;
    }

    /** Delivers everything written since the last drain, retrying as Lambda would, until the stream is caught up. */
    void drain() {
        WorkerDynamoResource.pump().drainTo(this::deliverWithRetries);
    }

    /** The redrive: the parked records handed to the handler again (once the cause is gone), then the queue emptied. */
    String redrive() {
        String response = LambdaInvoker.invoke(event(dlq));
        dlq.clear();
        return response;
    }

    List<JsonNode> dlq() {
        return List.copyOf(dlq);
    }

    int invocations() {
        return invocations;
    }

    int retries() {
        return retries;
    }

    int bisections() {
        return bisections;
    }

    /** To the pump the batch always succeeds: the retries and the queue are this class's business. */
    private String deliverWithRetries(String eventJson) {
        List<JsonNode> records = new ArrayList<>();
        read(eventJson).path("Records").forEach(records::add);
        process(records, 0);
        return "{\"batchItemFailures\":[]}";
    }

    private void process(List<JsonNode> batch, int retriesSoFar) {
        List<JsonNode> remaining = batch;
        int attempt = retriesSoFar;
        while (!remaining.isEmpty()) {
            invocations++;
            Integer failedAt;
            boolean functionError = false;
            try {
                failedAt = firstFailure(LambdaInvoker.invoke(event(remaining)), remaining);
            } catch (LambdaInvoker.LambdaFailed e) {
                failedAt = 0;
                functionError = true;
            }
            if (failedAt == null) {
                return;
            }
            remaining = remaining.subList(failedAt, remaining.size());
            if (attempt >= trigger.maxRetries()) {
                dlq.addAll(remaining);
                return;
            }
            attempt++;
            retries++;
            if (functionError && trigger.bisectOnError() && remaining.size() > 1) {
                bisections++;
                int half = remaining.size() / 2;
                process(remaining.subList(0, half), attempt);
                process(remaining.subList(half, remaining.size()), attempt);
                return;
            }
        }
    }

    /** The index of the earliest record the response reports failed; null when the batch succeeded. */
    private Integer firstFailure(String response, List<JsonNode> batch) {
        if (!trigger.reportItemFailures()) {
            return null;
        }
        Integer first = null;
        for (JsonNode failure : read(response).path("batchItemFailures")) {
            String sequence = failure.path("itemIdentifier").asText("");
            int index = indexOf(batch, sequence);
            if (index < 0) {
                return 0; // an unknown identifier fails the whole batch, as in Lambda
            }
            first = first == null ? index : Math.min(first, index);
        }
        return first;
    }

    private static int indexOf(List<JsonNode> batch, String sequence) {
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).path("dynamodb").path("SequenceNumber").asText().equals(sequence)) {
                return i;
            }
        }
        return -1;
    }

    private static String event(List<JsonNode> records) {
        ObjectNode event = JSON.createObjectNode();
        records.forEach(event.putArray("Records")::add);
        return event.toString();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json == null || json.isBlank() ? "{}" : json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
