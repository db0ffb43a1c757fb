package dev.fieldcrm.iac.cost;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CostReportTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getFileName().toString().equals("iac")
            ? Path.of("").toAbsolutePath().getParent() : Path.of("").toAbsolutePath();
    private static final Map<String, MeasuredOperation> MEASURED =
            MeasuredOperation.read(ROOT.resolve("backend/bench/results"));
    private static final CostModel MODEL = new CostModel(MEASURED, UsageProfile.FIELD_REP, Prices.LIST_2026);

    @Test
    void theDocumentedCostTableIsWhatTheModelComputesFromTheCurrentBenchmarkResults() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/cost.md"));
        assertThat(doc).as("docs/cost.md: paste the output of CostReport").contains(CostReport.table(MODEL));
    }

    @Test
    void operationsCarryTheirMeasuredUnitsSplitIntoReadsAndWrites() {
        // accounting.csv: log = Query (0.5) + TransactWriteItems(8 items) (18.0)
        MeasuredOperation log = MEASURED.get("log");
        assertThat(log.readUnits()).isEqualTo(0.5);
        assertThat(log.writeUnits()).isEqualTo(18.0);
        assertThat(log.calls()).isEqualTo(2);
        assertThat(MEASURED.get("card").writeUnits()).isZero();
    }

    @Test
    void costPerRepFallsWithScaleAsTheFixedPartIsShared() {
        assertThat(MODEL.perRep(10)).isGreaterThan(MODEL.perRep(1_000));
        assertThat(MODEL.perRep(1_000)).isGreaterThanOrEqualTo(MODEL.perRep(100_000) * 0.99);
    }

    @Test
    void dynamoDbRequestCostIsTheIdleSchedulePlusAFixedAmountPerRep() {
        double idle = MODEL.monthly(0).get("DynamoDB requests");
        double thousand = MODEL.monthly(1_000).get("DynamoDB requests");
        double twoThousand = MODEL.monthly(2_000).get("DynamoDB requests");
        assertThat(idle).isPositive();
        assertThat(twoThousand - thousand).isCloseTo(thousand - idle, within(1e-9));
    }
}
