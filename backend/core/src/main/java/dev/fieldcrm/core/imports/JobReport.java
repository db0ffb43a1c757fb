package dev.fieldcrm.core.imports;

import java.time.Instant;
import java.util.Map;

/**
 * What a user sees of a job.
 *
 * @param download where the export (or the uploaded file of an import) can be read: {@code /api/v1/files/…};
 *                 for an export only once it is done
 */
public record JobReport(String id, JobKind kind, String entity, boolean dryRun, JobStatus status, String createdBy,
                        int totalRows, int processedRows, Map<Outcome, Integer> counts, String failure,
                        String download, Instant createdAt, Instant updatedAt) {

    static JobReport of(TransferJob job) {
        boolean ready = job.kind() == JobKind.IMPORT || job.status() == JobStatus.DONE;
        return new JobReport(job.id(), job.kind(), job.entity(), job.dryRun(), job.status(), job.createdBy(),
                job.totalRows(), job.processedRows(), job.kind() == JobKind.IMPORT ? job.counts() : null,
                job.failure(), ready ? "/api/v1/files/" + job.file() : null, job.createdAt(), job.updatedAt());
    }
}
