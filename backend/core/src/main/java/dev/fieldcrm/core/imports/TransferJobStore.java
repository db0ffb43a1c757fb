package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.util.Optional;

/** Reads of jobs; writes go through the {@link dev.fieldcrm.core.store.ChangeWriter} like every other record. */
public interface TransferJobStore {
    /** The job, read consistently (a runner must see the latest progress and lease). */
    Optional<TransferJob> find(String tenantId, String jobId);

    /** The job's processed chunks in row order, one page at a time. */
    Page<JobChunk> chunks(String tenantId, String jobId, PageRequest page);
}
