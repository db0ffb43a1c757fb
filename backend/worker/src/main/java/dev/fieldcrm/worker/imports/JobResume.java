package dev.fieldcrm.worker.imports;

import dev.fieldcrm.core.imports.TransferJob;
import dev.fieldcrm.core.imports.TransferService;
import org.jboss.logging.Logger;

/**
 * Resumes a job that stalled (found on the due index by the schedule: its runner died inside its lease, or the
 * stream event that should have driven it failed): takes it up — which counts the attempt and moves its stall time
 * one lease later — then processes its next chunk, whose write puts it back on the stream. A resume that fails is
 * logged and tried again by a later tick; after {@value TransferService#RESUME_ATTEMPTS} failed resumes without a
 * chunk finishing the job is given up with a message for the user, as the API's in-process runner does. A job that
 * moved on meanwhile is left alone (the take-up is conditional on the version the index showed).
 */
public final class JobResume {
    private static final Logger LOG = Logger.getLogger(JobResume.class);

    private final TransferService transfers;

    public JobResume(TransferService transfers) {
        this.transfers = transfers;
    }

    public void resume(String tenantId, TransferJob stalled) {
        if (!transfers.takeUpStalled(tenantId, stalled)) {
            return;
        }
        int attempt = stalled.resumes() + 1;
        try {
            transfers.processNextChunk(tenantId, stalled.id());
        } catch (RuntimeException e) {
            LOG.errorf(e, "job %s of tenant %s: resume %d of %d failed; %s", stalled.id(), tenantId, attempt,
                    TransferService.RESUME_ATTEMPTS, attempt < TransferService.RESUME_ATTEMPTS
                            ? "the schedule tries again once it stalls again" : "the next stall gives it up");
        }
    }
}
