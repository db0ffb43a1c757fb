package dev.fieldcrm.iac;

import dev.fieldcrm.core.dynamo.TableDesign;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataTableTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void tableIsOnDemandEncryptedWithPointInTimeRecoveryTtlAndBothStreamImages(String stage) {
        SynthesizedStages.of(stage).hasResourceProperties("AWS::DynamoDB::Table", Map.of(
                "BillingMode", "PAY_PER_REQUEST",
                "SSESpecification", Map.of("SSEEnabled", true),
                "PointInTimeRecoverySpecification", Match.objectLike(Map.of("PointInTimeRecoveryEnabled", true)),
                "TimeToLiveSpecification", Map.of("AttributeName", TableDesign.TTL_ATTRIBUTE, "Enabled", true),
                "StreamSpecification", Map.of("StreamViewType", "NEW_AND_OLD_IMAGES")));
    }

    @Test
    void prodTableIsProtectedFromDeletionAndRetainedWhenTheStackGoes() {
        Template prod = SynthesizedStages.PROD;
        prod.hasResource("AWS::DynamoDB::Table", Map.of(
                "Properties", Match.objectLike(Map.of("DeletionProtectionEnabled", true)),
                "DeletionPolicy", "Retain",
                "UpdateReplacePolicy", "Retain"));
    }

    @Test
    void devTableCanBeDeletedWithItsStack() {
        SynthesizedStages.DEV.hasResource("AWS::DynamoDB::Table", Map.of(
                "Properties", Match.objectLike(Map.of("DeletionProtectionEnabled", false)),
                "DeletionPolicy", "Delete"));
    }

    @Test
    void keysAndIndexesAreThoseOfTableDesign() {
        Map<String, Map<String, Object>> tables = SynthesizedStages.DEV.findResources("AWS::DynamoDB::Table");
        assertThat(tables).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) tables.values().iterator().next().get("Properties");
        assertThat(properties.get("KeySchema")).isEqualTo(List.of(
                Map.of("AttributeName", TableDesign.PK, "KeyType", "HASH"),
                Map.of("AttributeName", TableDesign.SK, "KeyType", "RANGE")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indexes = (List<Map<String, Object>>) properties.get("GlobalSecondaryIndexes");
        assertThat(indexes).extracting(i -> i.get("IndexName")).containsExactlyElementsOf(TableDesign.indexes());
        for (Map<String, Object> index : indexes) {
            String name = (String) index.get("IndexName");
            assertThat(index.get("KeySchema")).isEqualTo(List.of(
                    Map.of("AttributeName", TableDesign.pk(name), "KeyType", "HASH"),
                    Map.of("AttributeName", TableDesign.sk(name), "KeyType", "RANGE")));
            assertThat(index.get("Projection")).isEqualTo(Map.of("ProjectionType", "ALL"));
        }
    }
}
