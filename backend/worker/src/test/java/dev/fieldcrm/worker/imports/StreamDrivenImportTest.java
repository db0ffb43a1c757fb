package dev.fieldcrm.worker.imports;

import dev.fieldcrm.core.imports.JobReport;
import dev.fieldcrm.core.imports.JobStatus;
import dev.fieldcrm.core.imports.Outcome;
import dev.fieldcrm.core.imports.TransferService;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.worker.support.Stream;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An import job is driven to its end by the worker's stream handler alone: each chunk's write triggers the next. */
@QuarkusTest
class StreamDrivenImportTest {
    private static final Caller MANAGER = new Caller("acme", "mgr", Set.of(Role.MANAGER), "east", ZoneId.of("UTC"));

    @Inject TransferService transfers;

    @Test
    void aQueuedImport_isProcessedChunkByChunk_byPumpingTheStreamOnly() {
        int rows = TransferService.CHUNK_ROWS + 50;
        String id = transfers.startImport(MANAGER, "clients", false, ImportCsv.clients(rows)).id();
        JobReport queued = transfers.job(MANAGER, id);

        JobReport job = queued;
        for (int pumps = 0; pumps < 10 && !job.status().finished(); pumps++) {
            Stream.pump();
            job = transfers.job(MANAGER, id);
        }

        assertThat(queued.status()).as("nothing in the worker runs a job but the stream").isEqualTo(JobStatus.QUEUED);
        assertThat(job.status()).isEqualTo(JobStatus.DONE);
        assertThat(job.processedRows()).isEqualTo(rows);
        assertThat(job.counts()).containsEntry(Outcome.CREATED, rows);
    }

    @Test
    void aQueuedExport_isWrittenByPumpingTheStream() {
        String id = transfers.startExport(MANAGER, "clients").id();

        Stream.pump();

        JobReport job = transfers.job(MANAGER, id);
        assertThat(job.status()).isEqualTo(JobStatus.DONE);
        assertThat(job.download()).isNotNull();
    }
}
