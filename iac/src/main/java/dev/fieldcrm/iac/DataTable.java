package dev.fieldcrm.iac;

import dev.fieldcrm.core.dynamo.TableDesign;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.StreamViewType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.constructs.Construct;

/**
 * The single table, built from {@link TableDesign} (the class tests and the local run create their table with), so
 * keys, indexes and the TTL attribute cannot drift from the code. On demand; stream with both images for the worker.
 */
public final class DataTable extends Construct {
    private final Table table;

    public DataTable(Construct scope, String id, StageSettings stage) {
        super(scope, id);
        table = Table.Builder.create(this, "Table")
                .tableName(stage.resourceName("table"))
                .partitionKey(string(TableDesign.PK))
                .sortKey(string(TableDesign.SK))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .encryption(TableEncryption.AWS_MANAGED)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(35).build())
                .timeToLiveAttribute(TableDesign.TTL_ATTRIBUTE)
                .stream(StreamViewType.NEW_AND_OLD_IMAGES)
                .deletionProtection(stage.production())
                .removalPolicy(stage.production() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
        for (String index : TableDesign.indexes()) {
            table.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
                    .indexName(index)
                    .partitionKey(string(TableDesign.pk(index)))
                    .sortKey(string(TableDesign.sk(index)))
                    .projectionType(ProjectionType.ALL)
                    .build());
        }
    }

    public Table table() {
        return table;
    }

    private static Attribute string(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }
}
