package dev.fieldcrm.core;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The core stays plain Java, only its DynamoDB adapters know the AWS SDK, and nothing scans the table. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fieldcrm.core");

    private static final List<Class<?>> SCANNERS = List.of(
            DynamoDbClient.class, DynamoDbAsyncClient.class, DynamoDbTable.class, DynamoDbIndex.class);

    private static final DescribedPredicate<JavaMethodCall> A_SCAN = DescribedPredicate.describe(
            "a scan of a DynamoDB table or index",
            call -> call.getName().startsWith("scan")
                    && SCANNERS.stream().anyMatch(scanner -> call.getTargetOwner().isAssignableTo(scanner)));

    static final ArchRule DOMAIN_DOES_NOT_KNOW_THE_AWS_SDK = noClasses()
            .that().resideInAPackage("dev.fieldcrm.core..")
            .and().resideOutsideOfPackage("dev.fieldcrm.core.dynamo..")
            .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
            .because("only the adapters in core.dynamo may talk to DynamoDB; use cases work on ports");

    static final ArchRule CORE_IS_FRAMEWORK_FREE = noClasses()
            .that().resideInAPackage("dev.fieldcrm.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.ws.rs..", "javafx..")
            .because("the core runs the same in Lambda, the local run and plain unit tests");

    static final ArchRule NOTHING_SCANS = noClasses()
            .should().callMethodWhere(A_SCAN)
            .because("every access path is a Query or a GetItem; a Scan reads every tenant's data");

    @Test
    void domainPackagesDoNotDependOnTheAwsSdk() {
        DOMAIN_DOES_NOT_KNOW_THE_AWS_SDK.check(CORE);
    }

    @Test
    void coreDependsOnNoFramework() {
        CORE_IS_FRAMEWORK_FREE.check(CORE);
    }

    @Test
    void noClassOfCoreScansDynamoDb() {
        NOTHING_SCANS.check(CORE);
    }

    @Test
    void theScanRule_catchesAScan() {
        JavaClasses offender = new ClassFileImporter().importClasses(ScanningOffender.class);

        assertThat(NOTHING_SCANS.evaluate(offender).hasViolation()).isTrue();
    }

    @Test
    void theScanRule_letsAQueryWithScanIndexForwardPass() {
        JavaClasses querying = new ClassFileImporter().importClasses(QueryingNeighbour.class);

        assertThat(NOTHING_SCANS.evaluate(querying).hasViolation()).isFalse();
    }

    /** What the rule must catch (never run). */
    static final class ScanningOffender {
        Object everything(DynamoDbClient dynamo) {
            return dynamo.scan(ScanRequest.builder().tableName("fieldcrm").build());
        }
    }

    /** What the rule must not mistake for a scan: the sort direction of a Query is called scanIndexForward. */
    static final class QueryingNeighbour {
        Object newestFirst(DynamoDbClient dynamo) {
            return dynamo.query(q -> q.tableName("fieldcrm").scanIndexForward(false));
        }
    }
}
