package dev.fieldcrm.api.imports;

import dev.fieldcrm.api.config.FieldCrmConfig;
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
 * and the client polls the job. Only when {@code fieldcrm.jobs.in-process} is true (dev and test profiles): in AWS a
 * Lambda's process is frozen after it answers, so there the worker function drives
 * {@link TransferService#processNextChunk} from the table's stream (see docs/decisions.md), and this does nothing.
 */
@ApplicationScoped
public class JobRunner {
    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final TransferService transfers;
    private final boolean inProcess;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "fieldcrm-jobs");
        thread.setDaemon(true);
        return thread;
    });

    JobRunner(TransferService transfers, FieldCrmConfig config) {
        this.transfers = transfers;
        this.inProcess = config.jobs().inProcess();
    }

    /** Processes the job until it is finished or another runner holds it (when jobs run in this process). */
    public void start(String tenantId, String jobId) {
        if (inProcess) {
            executor.submit(() -> run(tenantId, jobId));
        }
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
                transfers.fail(tenantId, jobId, TransferService.STOPPED_ON_ERROR);
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
