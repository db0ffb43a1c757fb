package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.imports.JobChunk;
import dev.fieldcrm.core.imports.TransferJob;
import dev.fieldcrm.core.imports.TransferJobStore;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.Optional;

/** Jobs and their chunk reports, all in the job's own partition. */
public final class DynamoTransferJobs implements TransferJobStore {
    /** Unfinished jobs are on the {@link DueIndex} under this kind, at the time they count as stalled. */
    public static final String DUE_KIND = JobKeys.DUE_KIND;

    private final DynamoDbClient dynamo;
    private final String table;
    private final PagedQuery query;

    public DynamoTransferJobs(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
    }

    /** GetItem PK = job, SK = JOB, strongly consistent: a runner must see the last lease and progress. */
    @Override
    public Optional<TransferJob> find(String tenantId, String jobId) {
        var response = dynamo.getItem(g -> g.tableName(table).consistentRead(true)
                .key(Keys.key(JobKeys.job(tenantId, jobId), JobKeys.JOB)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), TransferJob.class)) : Optional.empty();
    }

    /** Query PK = job, begins_with(SK, "CHUNK#"), in row order; the cursor stays within the job's partition. */
    @Override
    public Page<JobChunk> chunks(String tenantId, String jobId, PageRequest page) {
        return query.page(null, JobKeys.job(tenantId, jobId), PagedQuery.SortCondition.beginsWith(JobKeys.CHUNK_PREFIX),
                false, page, JobChunk.class);
    }
}
