package dev.fieldcrm.api.imports;

import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.imports.JobReport;
import dev.fieldcrm.core.imports.TransferService;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: measures import throughput (rows/s) of a generated clients file through the real use case on the test
 * JVM's DynamoDB Local, and prints it. Runs only when asked, e.g.
 * {@code ./mvnw -B -o test -pl backend/api -am -Dtest=ImportThroughputMeasurement -Dsurefire.failIfNoSpecifiedTests=false -Dbench.importRows=50000}
 * (results: docs/benchmarks.md). It asserts only that every row was created.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench.importRows", matches = "\\d+")
class ImportThroughputMeasurement {
    @Inject
    TransferService transfers;

    @Test
    void importAGeneratedClientsFile_andPrintRowsPerSecond() {
        int rows = Integer.getInteger("bench.importRows");
        int base = TestData.next();
        // About 90 bytes a row, so 50 000 rows stay below the 6 MB upload limit.
        StringBuilder csv = new StringBuilder("externalId,name,category,phones,emails\n");
        for (int i = 0; i < rows; i++) {
            csv.append("B-").append(base).append('-').append(i).append(",ООО Клиент ").append(i).append(",A,")
                    .append("+7 495 ").append(String.format("%07d", (base * 7L + i) % 10_000_000)).append(',')
                    .append('b').append(base).append('.').append(i).append("@example.com\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        Caller admin = new Caller("acme", "adm", Set.of(Role.ADMIN), "east", null);

        long start = System.nanoTime();
        String id = transfers.startImport(admin, "clients", false, file).id();
        JobReport job;
        do {
            job = transfers.processNextChunk("acme", id);
        } while (!job.status().finished());
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("IMPORT-THROUGHPUT rows=%d bytes=%d seconds=%.1f rowsPerSecond=%.1f counts=%s%n",
                rows, file.length, seconds, rows / seconds, job.counts());
        assertThat(job.counts().get(dev.fieldcrm.core.imports.Outcome.CREATED)).isEqualTo(rows);
    }
}
