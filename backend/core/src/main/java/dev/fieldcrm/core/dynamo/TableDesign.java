package dev.fieldcrm.core.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * The single table and its indexes, declared once: used by tests, the local run and (mirrored) the CDK stack.
 * See docs/data-model.md for what each index serves.
 */
public final class TableDesign {
    public static final String PK = "PK";
    public static final String SK = "SK";
    /** Open tasks by assignee and due time: today's agenda. */
    public static final String AGENDA_INDEX = "GSI1";
    /** Journal by author and time. */
    public static final String JOURNAL_INDEX = "GSI2";
    /** Clients by owning rep and folded name: a rep's list and name search. */
    public static final String OWNER_INDEX = "GSI3";
    /** Clients by team and folded name: a manager's list and name search. */
    public static final String TEAM_INDEX = "GSI4";
    public static final String TTL_ATTRIBUTE = "expiresAt";
    public static final String VERSION = "version";

    private TableDesign() {
    }

    public static String pk(String index) {
        return index + "PK";
    }

    public static String sk(String index) {
        return index + "SK";
    }

    public static List<String> indexes() {
        return List.of(AGENDA_INDEX, JOURNAL_INDEX, OWNER_INDEX, TEAM_INDEX);
    }

    /** Creates the table if it does not exist yet (local run and tests; AWS uses the CDK stack). */
    public static void createIfMissing(DynamoDbClient dynamo, String tableName) {
        List<AttributeDefinition> attributes = new ArrayList<>(List.of(
                attribute(PK), attribute(SK)));
        List<GlobalSecondaryIndex> gsis = new ArrayList<>();
        for (String index : indexes()) {
            attributes.add(attribute(pk(index)));
            attributes.add(attribute(sk(index)));
            gsis.add(GlobalSecondaryIndex.builder()
                    .indexName(index)
                    .keySchema(key(pk(index), KeyType.HASH), key(sk(index), KeyType.RANGE))
                    .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                    .build());
        }
        try {
            dynamo.createTable(CreateTableRequest.builder()
                    .tableName(tableName)
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(attributes)
                    .keySchema(key(PK, KeyType.HASH), key(SK, KeyType.RANGE))
                    .globalSecondaryIndexes(gsis)
                    .streamSpecification(StreamSpecification.builder()
                            .streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build())
                    .build());
            dynamo.waiter().waitUntilTableExists(b -> b.tableName(tableName));
            dynamo.updateTimeToLive(UpdateTimeToLiveRequest.builder().tableName(tableName)
                    .timeToLiveSpecification(TimeToLiveSpecification.builder()
                            .attributeName(TTL_ATTRIBUTE).enabled(true).build())
                    .build());
        } catch (ResourceInUseException alreadyThere) {
            // Created by an earlier run: the design is the same, nothing to do.
        }
    }

    private static AttributeDefinition attribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
