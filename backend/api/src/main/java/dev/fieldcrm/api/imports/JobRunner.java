package dev.fieldcrm.api.imports;

import dev.fieldcrm.core.imports.JobReport;
import dev.fieldcrm.core.imports.JobStatus;
import dev.fieldcrm.core.imports.TransferService;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs queued jobs in this process, chunk after chunk, on a small background executor: the API answers 202 at once
 * and the client polls the job. (In AWS the worker function drives {@link TransferService#processNextChunk} instead —
 * see docs/decisions.md; a Lambda's process is frozen between requests.)
 */
@ApplicationScoped
public class JobRunner {
    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final TransferService transfers;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "fieldcrm-jobs");
        thread.setDaemon(true);
        return thread;
    });

    JobRunner(TransferService transfers) {
        this.transfers = transfers;
    }

    /** Processes the job until it is finished or another runner holds it. */
    public void start(String tenantId, String jobId) {
        executor.submit(() -> run(tenantId, jobId));
    }

    private void run(String tenantId, String jobId) {
        try {
            int processed = -1;
            JobReport job = transfers.processNextChunk(tenantId, jobId);
            // Stop when nothing moves: another runner holds the lease and will finish the job.
            while (job.status() == JobStatus.RUNNING && job.processedRows() != processed) {
                processed = job.processedRows();
                job = transfers.processNextChunk(tenantId, jobId);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "job %s of tenant %s failed", jobId, tenantId);
            try {
                transfers.fail(tenantId, jobId, "the job stopped on an unexpected error; upload the file again "
                        + "(rows imported already then come out UNCHANGED or DUPLICATE)");
            } catch (RuntimeException again) {
                LOG.errorf(again, "could not mark job %s as failed", jobId);
            }
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
