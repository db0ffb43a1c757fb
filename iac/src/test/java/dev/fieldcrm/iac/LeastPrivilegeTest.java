package dev.fieldcrm.iac;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LeastPrivilegeTest {
    /** The only "*" resources: SMS to phone numbers (no ARN exists) and listing the table's streams (CDK's grant). */
    private static final List<String> ACTIONS_ALLOWED_ON_ANY_RESOURCE = List.of("sns:Publish", "dynamodb:ListStreams");

    @Test
    void noStatementGrantsWildcardActions() {
        for (Map<?, ?> statement : statements()) {
            for (String action : actions(statement)) {
                assertThat(action).as(statement.toString()).doesNotContain("*");
            }
        }
    }

    @Test
    void tableStatementsGrantOnlyTheCallsTheCodeMakesAndNeverScan() {
        List<String> tableActions = new ArrayList<>();
        for (Map<?, ?> statement : statements()) {
            if (statement.toString().contains("DataTable")) {
                tableActions.addAll(actions(statement));
            }
        }
        assertThat(tableActions).isNotEmpty().doesNotContain("dynamodb:Scan").allMatch(a ->
                TableAccess.READ_WRITE.contains(a) || a.matches("dynamodb:(DescribeStream|GetRecords|GetShardIterator|ListStreams)"));
    }

    @Test
    void onlySendingSmsAndListingStreamsUseTheAnyResource() {
        for (Map<?, ?> statement : statements()) {
            Object resource = statement.get("Resource");
            boolean anyResource = "*".equals(resource) || (resource instanceof List<?> list && list.contains("*"));
            if (anyResource) {
                assertThat(ACTIONS_ALLOWED_ON_ANY_RESOURCE).as(statement.toString()).containsAll(actions(statement));
            }
        }
    }

    @Test
    void filesBucketIsPrivateEncryptedAndTidiedByLifecycleRules() {
        SynthesizedStages.PROD.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Map.of(
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))),
                "LifecycleConfiguration", software.amazon.awscdk.assertions.Match.objectLike(Map.of()),
                "VersioningConfiguration", Map.of("Status", "Enabled")));
    }

    private static List<Map<?, ?>> statements() {
        List<Map<?, ?>> all = new ArrayList<>();
        SynthesizedStages.PROD.findResources("AWS::IAM::Policy").values().forEach(policy -> {
            Map<?, ?> document = (Map<?, ?>) ((Map<?, ?>) policy.get("Properties")).get("PolicyDocument");
            ((List<?>) document.get("Statement")).forEach(s -> all.add((Map<?, ?>) s));
        });
        assertThat(all).isNotEmpty();
        return all;
    }

    private static List<String> actions(Map<?, ?> statement) {
        Object action = statement.get("Action");
        return action instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(action));
    }
}
