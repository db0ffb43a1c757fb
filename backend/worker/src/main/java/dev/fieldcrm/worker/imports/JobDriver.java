package dev.fieldcrm.worker.imports;

import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.imports.TransferJob;
import dev.fieldcrm.core.imports.TransferService;
import org.jboss.logging.Logger;

/**
 * Drives import/export jobs from the table's stream: a job written queued, or with a chunk just finished (running,
 * no lease), gets its next chunk processed — and that chunk's write is the next stream record, so a job drives
 * itself to the end, one chunk per invocation (ADR 15, 18). Writes that take a lease or finish a job are ignored.
 *
 * <p>Redelivery and concurrency are safe: {@link TransferService#processNextChunk} takes a lease conditional on the
 * job's version, so a second call for the same state does nothing. A failing chunk does not fail the stream batch
 * (that would hold up every later record of the shard): the job keeps its lease or its queued state and the
 * schedule's {@link JobResume} takes it up once it counts as stalled.
 */
public final class JobDriver implements ChangeListener {
    private static final Logger LOG = Logger.getLogger(JobDriver.class);

    private final TransferService transfers;

    public JobDriver(TransferService transfers) {
        this.transfers = transfers;
    }

    @Override
    public void on(Change change) {
        change.after(TransferJob.class)
                .filter(job -> !job.status().finished() && job.leaseUntil() == null)
                .ifPresent(job -> nextChunk(change.tenantId(), job));
    }

    private void nextChunk(String tenantId, TransferJob job) {
        try {
            transfers.processNextChunk(tenantId, job.id());
        } catch (RuntimeException e) {
            LOG.errorf(e, "job %s of tenant %s: a chunk failed; the schedule resumes the job after %s",
                    job.id(), tenantId, job.stallsAt().orElse(null));
        }
    }
}
