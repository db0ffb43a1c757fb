package dev.fieldcrm.worker.imports;

import dev.fieldcrm.core.imports.TransferJob;
import dev.fieldcrm.core.imports.TransferService;
import org.jboss.logging.Logger;

/**
 * Resumes a job that stalled (found on the due index by the schedule: its runner died inside its lease, or the
 * stream event that should have driven it failed): processes its next chunk, whose write puts it back on the
 * stream. A job that fails again here is given up with a message for the user, as the API's in-process runner
 * does; a job that moved on meanwhile is left alone by its lease.
 */
public final class JobResume {
    private static final Logger LOG = Logger.getLogger(JobResume.class);

    private final TransferService transfers;

    public JobResume(TransferService transfers) {
        this.transfers = transfers;
    }

    public void resume(String tenantId, TransferJob job) {
        try {
            transfers.processNextChunk(tenantId, job.id());
        } catch (RuntimeException e) {
            LOG.errorf(e, "job %s of tenant %s failed again after it stalled; it is given up", job.id(), tenantId);
            transfers.fail(tenantId, job.id(), TransferService.STOPPED_ON_ERROR);
        }
    }
}
