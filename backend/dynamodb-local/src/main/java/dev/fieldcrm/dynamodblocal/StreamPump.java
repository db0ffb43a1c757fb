package dev.fieldcrm.dynamodblocal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsRequest;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads the table's real DynamoDB stream from DynamoDB Local and hands it to a function as the exact JSON AWS Lambda
 * sends a DynamoDB stream trigger, in batches of at most {@value #MAX_BATCH} records.
 *
 * <p>Like Lambda's event source mapping it remembers its position per shard, delivers each shard in order, and
 * honours the function's {@code batchItemFailures}: the failed record and everything after it are delivered again by
 * the next {@link #drainTo(Function)}, the records before it are not. Tests and the local run use it to drive the
 * worker's stream handler; in AWS, Lambda itself does this.
 *
 * <p>Not thread-safe: one caller drains at a time.
 */
public final class StreamPump {
    public static final int MAX_BATCH = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DynamoDbClient dynamo;
    private final DynamoDbStreamsClient streams;
    private final String table;
    private final String region;
    private final int batchSize;
    /** Per shard: where the next read starts (absent: from the oldest record kept, TRIM_HORIZON). */
    private final Map<String, Position> positions = new LinkedHashMap<>();
    /** Closed shards read to their end: nothing more will ever come from them. */
    private final Set<String> finished = new HashSet<>();

    private StreamPump(DynamoDbClient dynamo, DynamoDbStreamsClient streams, String table, String region, int batchSize) {
        this.dynamo = dynamo;
        this.streams = streams;
        this.table = table;
        this.region = region;
        this.batchSize = batchSize;
    }

    /** A pump for {@code table} on the DynamoDB Local at {@code endpoint}, in batches of up to 100 records. */
    public static StreamPump of(URI endpoint, String table) {
        return of(endpoint, table, MAX_BATCH);
    }

    /** A pump delivering batches of at most {@code batchSize} (1..100) records. */
    public static StreamPump of(URI endpoint, String table, int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batch size must be 1.." + MAX_BATCH + ": " + batchSize);
        }
        Region region = Region.EU_CENTRAL_1;
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(endpoint).region(region)
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        DynamoDbStreamsClient streams = DynamoDbStreamsClient.builder().endpointOverride(endpoint).region(region)
                .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        return new StreamPump(dynamo, streams, table, region.id(), batchSize);
    }

    /**
     * Delivers every record written since the last drain, batch by batch, to {@code function} (event JSON in,
     * response JSON out). Stops at the first batch whose response reports a failed record: that record is where the
     * next drain starts.
     *
     * @return what was delivered, batch by batch
     */
    public synchronized List<Delivery> drainTo(Function<String, String> function) {
        List<Delivery> deliveries = new ArrayList<>();
        drain((streamArn, records) -> {
            Delivery delivery = deliver(streamArn, records, function);
            deliveries.add(delivery);
            return delivery.failed();
        });
        return deliveries;
    }

    /**
     * Hands every record written since the last drain, batch by batch, to {@code handler} as the AWS SDK's records
     * (for a consumer in a JVM without a Lambda handler, e.g. the API's tests). Empty maps DynamoDB Local writes
     * without a type are given as AWS gives them ({@code M} of nothing). The handler returns the sequence number of
     * the record the next drain starts from (the first that failed), or null when the whole batch succeeded.
     *
     * @return how many records were handed over
     */
    public synchronized int drainRecordsTo(Function<List<Record>, String> handler) {
        int[] handed = {0};
        drain((streamArn, records) -> {
            handed[0] += records.size();
            return handler.apply(records.stream().map(StreamPump::typed).toList());
        });
        return handed[0];
    }

    /** Reads each shard on from its position; a batch's handler returns its failed sequence number (or null). */
    private void drain(BiFunction<String, List<Record>, String> batchHandler) {
        String streamArn = dynamo.describeTable(b -> b.tableName(table)).table().latestStreamArn();
        if (streamArn == null) {
            throw new IllegalStateException("table " + table + " has no stream enabled");
        }
        for (Shard shard : shards(streamArn)) {
            if (finished.contains(shard.shardId())) {
                continue;
            }
            String iterator = iterator(streamArn, shard.shardId());
            while (iterator != null) {
                GetRecordsResponse response = streams.getRecords(GetRecordsRequest.builder()
                        .shardIterator(iterator).limit(batchSize).build());
                List<Record> records = response.records();
                if (records.isEmpty()) {
                    if (response.nextShardIterator() == null) {
                        finished.add(shard.shardId());
                    }
                    break;
                }
                String failed = batchHandler.apply(streamArn, records);
                if (failed != null) {
                    positions.put(shard.shardId(), new Position(ShardIteratorType.AT_SEQUENCE_NUMBER, failed));
                    return;
                }
                positions.put(shard.shardId(), new Position(ShardIteratorType.AFTER_SEQUENCE_NUMBER,
                        records.getLast().dynamodb().sequenceNumber()));
                iterator = response.nextShardIterator();
                if (iterator == null) {
                    finished.add(shard.shardId());
                }
            }
        }
    }

    /** The record with DynamoDB Local's untyped empty maps typed as what they are (see {@link #attribute}). */
    private static Record typed(Record record) {
        StreamRecord stream = record.dynamodb();
        StreamRecord.Builder fixed = stream.toBuilder().keys(typed(stream.keys()));
        if (stream.hasNewImage()) {
            fixed.newImage(typed(stream.newImage()));
        }
        if (stream.hasOldImage()) {
            fixed.oldImage(typed(stream.oldImage()));
        }
        return record.toBuilder().dynamodb(fixed.build()).build();
    }

    private static Map<String, AttributeValue> typed(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> fixed = new LinkedHashMap<>();
        item.forEach((name, value) -> fixed.put(name, typed(value)));
        return fixed;
    }

    private static AttributeValue typed(AttributeValue value) {
        return switch (value.type()) {
            case M -> AttributeValue.fromM(typed(value.m()));
            case L -> AttributeValue.fromL(value.l().stream().map(StreamPump::typed).toList());
            case UNKNOWN_TO_SDK_VERSION -> value.equals(AttributeValue.builder().build())
                    ? AttributeValue.fromM(Map.of()) : value;
            default -> value;
        };
    }

    /** Moves every shard's position to its current end without handing anything on: the records so far are skipped. */
    public synchronized void skipToEnd() {
        drainTo(event -> "{}");
    }

    private Delivery deliver(String streamArn, List<Record> records, Function<String, String> function) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode array = event.putArray("Records");
        List<String> sequences = new ArrayList<>();
        for (Record record : records) {
            array.add(lambdaRecord(streamArn, record));
            sequences.add(record.dynamodb().sequenceNumber());
        }
        String response = function.apply(event.toString());
        String failed = firstFailure(response, sequences);
        return new Delivery(event.toString(), List.copyOf(sequences), response, failed);
    }

    /** The earliest failed sequence number the response names (Lambda retries from the lowest one), or null. */
    private static String firstFailure(String response, List<String> sequences) {
        if (response == null || response.isBlank()) {
            return null;
        }
        JsonNode failures;
        try {
            failures = JSON.readTree(response).path("batchItemFailures");
        } catch (Exception e) {
            // Not a StreamsEventResponse (e.g. a plain string): Lambda treats it as a success too.
            return null;
        }
        String first = null;
        for (JsonNode failure : failures) {
            String id = failure.path("itemIdentifier").asText(null);
            if (id == null || !sequences.contains(id)) {
                // Lambda fails the whole batch when the identifier is missing or unknown.
                return sequences.getFirst();
            }
            if (first == null || sequences.indexOf(id) < sequences.indexOf(first)) {
                first = id;
            }
        }
        return first;
    }

    private ObjectNode lambdaRecord(String streamArn, Record record) {
        StreamRecord stream = record.dynamodb();
        ObjectNode json = JSON.createObjectNode();
        json.put("eventID", record.eventID());
        json.put("eventName", record.eventNameAsString());
        json.put("eventVersion", "1.1");
        json.put("eventSource", "aws:dynamodb");
        json.put("awsRegion", region);
        ObjectNode dynamodb = json.putObject("dynamodb");
        if (stream.approximateCreationDateTime() != null) {
            dynamodb.put("ApproximateCreationDateTime", stream.approximateCreationDateTime().getEpochSecond());
        }
        dynamodb.set("Keys", image(stream.keys()));
        if (stream.hasNewImage()) {
            dynamodb.set("NewImage", image(stream.newImage()));
        }
        if (stream.hasOldImage()) {
            dynamodb.set("OldImage", image(stream.oldImage()));
        }
        dynamodb.put("SequenceNumber", stream.sequenceNumber());
        if (stream.sizeBytes() != null) {
            dynamodb.put("SizeBytes", stream.sizeBytes());
        }
        dynamodb.put("StreamViewType", stream.streamViewTypeAsString());
        json.put("eventSourceARN", streamArn);
        return json;
    }

    private static ObjectNode image(Map<String, AttributeValue> item) {
        ObjectNode json = JSON.createObjectNode();
        item.forEach((name, value) -> json.set(name, attribute(value)));
        return json;
    }

    /** DynamoDB JSON: {"S":"…"}, {"N":"…"}, {"B":"base64"}, {"M":{…}}, {"L":[…]}, {"NULL":true}, … */
    private static ObjectNode attribute(AttributeValue value) {
        ObjectNode json = JSON.createObjectNode();
        switch (value.type()) {
            case S -> json.put("S", value.s());
            case N -> json.put("N", value.n());
            case B -> json.put("B", value.b().asByteArray());
            case BOOL -> json.put("BOOL", value.bool());
            case NUL -> json.put("NULL", true);
            case M -> json.set("M", image(value.m()));
            case L -> {
                ArrayNode list = json.putArray("L");
                value.l().forEach(element -> list.add(attribute(element)));
            }
            case SS -> value.ss().forEach(json.putArray("SS")::add);
            case NS -> value.ns().forEach(json.putArray("NS")::add);
            case BS -> {
                ArrayNode list = json.putArray("BS");
                value.bs().stream().map(SdkBytes::asByteArray).forEach(list::add);
            }
            case UNKNOWN_TO_SDK_VERSION -> {
                // DynamoDB Local's stream writes an empty map as {} instead of {"M":{}} (GetItem gives it right,
                // and so does AWS's stream): the SDK then reads a value of no type. Send what AWS sends.
                if (!value.equals(AttributeValue.builder().build())) {
                    throw new IllegalArgumentException("unknown attribute type: " + value);
                }
                json.putObject("M");
            }
        }
        return json;
    }

    private List<Shard> shards(String streamArn) {
        List<Shard> shards = new ArrayList<>();
        String start = null;
        do {
            final String exclusiveStart = start;
            DescribeStreamResponse response = streams.describeStream(b -> b.streamArn(streamArn).exclusiveStartShardId(exclusiveStart));
            shards.addAll(response.streamDescription().shards());
            start = response.streamDescription().lastEvaluatedShardId();
        } while (start != null);
        // A child shard continues its parent: read parents first (DescribeStream lists shards oldest first already).
        return shards;
    }

    private String iterator(String streamArn, String shardId) {
        Position position = positions.get(shardId);
        return streams.getShardIterator(b -> {
            b.streamArn(streamArn).shardId(shardId);
            if (position == null) {
                b.shardIteratorType(ShardIteratorType.TRIM_HORIZON);
            } else {
                b.shardIteratorType(position.type()).sequenceNumber(position.sequenceNumber());
            }
        }).shardIterator();
    }

    private record Position(ShardIteratorType type, String sequenceNumber) {
    }

    /**
     * One batch handed to the function.
     *
     * @param event           the event JSON sent
     * @param sequenceNumbers the batch's records, in order
     * @param response        the function's response JSON
     * @param failed          the sequence number the batch is retried from, or null when the batch succeeded
     */
    public record Delivery(String event, List<String> sequenceNumbers, String response, String failed) {
    }
}
