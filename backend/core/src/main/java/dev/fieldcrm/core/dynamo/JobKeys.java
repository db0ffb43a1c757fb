package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.imports.JobChunk;
import dev.fieldcrm.core.imports.TransferJob;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of import/export jobs: one partition per job, {@code T#t#JOB#<id>}, holding the job ({@code JOB}) and one
 * item per processed chunk with its row outcomes ({@code CHUNK#<number, zero-padded>}, in row order).
 * An unfinished job is also on the {@link DueIndex} (kind {@value #DUE_KIND}) at the time it counts as stalled
 * ({@link TransferJob#stallsAt()}), where the worker's schedule finds the jobs to resume; every write of the job
 * moves it, finishing takes it off.
 */
final class JobKeys {
    static final String JOB = "JOB";
    /** The jobs' kind on the due index. */
    static final String DUE_KIND = "job";
    static final String CHUNK_PREFIX = "CHUNK#";

    private JobKeys() {
    }

    static String job(String tenantId, String jobId) {
        return Keys.tenant(tenantId) + "JOB#" + jobId;
    }

    static Map<String, AttributeValue> of(String tenantId, TransferJob job) {
        Map<String, AttributeValue> keys = Keys.key(job(tenantId, job.id()), JOB);
        job.stallsAt().ifPresent(at -> DueIndex.put(keys, DUE_KIND, at, tenantId, job.id()));
        return keys;
    }

    static Map<String, AttributeValue> of(String tenantId, JobChunk chunk) {
        return Keys.key(job(tenantId, chunk.jobId()), CHUNK_PREFIX + String.format("%06d", chunk.number()));
    }
}
