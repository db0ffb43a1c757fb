package dev.fieldcrm.worker.imports;

import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DueJob;
import dev.fieldcrm.core.dynamo.DynamoDueQueries;
import dev.fieldcrm.core.dynamo.DynamoTransferJobs;
import dev.fieldcrm.core.dynamo.TransferServices;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.files.LocalFileStore;
import dev.fieldcrm.core.imports.JobStatus;
import dev.fieldcrm.core.imports.TransferJob;
import dev.fieldcrm.core.imports.TransferService;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.testing.LocalTable;
import dev.fieldcrm.core.testing.TestClock;
import dev.fieldcrm.core.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens to an import job when its chunks fail, driven as in the worker (the stream's {@link JobDriver}, the
 * schedule's {@code stalled-jobs} {@link DueJob} with {@link JobResume}) on DynamoDB Local with a test clock: a chunk
 * that throws in the stream listener is left to the schedule, and a resume that fails is tried again later a bounded
 * number of times before the job is given up.
 */
class JobFailuresTest {
    private static final Caller MANAGER = new Caller("acme", "mgr", Set.of(Role.MANAGER), "east", ZoneId.of("UTC"));
    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

    private final DynamoDbClient dynamo = LocalTable.client();
    private final String table = LocalTable.fresh();
    private final TestClock clock = new TestClock(START);
    private FlakyFileStore files;
    private TransferService transfers;
    private JobDriver driver;
    private DueJob<TransferJob> stalledJobs;

    @BeforeEach
    void worker(@TempDir Path root) {
        TestUsers.seed(dynamo, table);
        files = new FlakyFileStore(new LocalFileStore(root));
        transfers = TransferServices.onDynamo(CoreServices.onDynamo(dynamo, table, "RU", clock), dynamo, table, "RU",
                files, input -> List.of(), clock);
        driver = new JobDriver(transfers);
        stalledJobs = new DueJob<>(DynamoTransferJobs.DUE_KIND, TransferJob.class, new DynamoDueQueries(dynamo, table),
                new JobResume(transfers)::resume);
    }

    @Test
    void aChunkThatThrowsInTheStreamListener_isLoggedNotRethrown_andTheScheduleFinishesTheJobOnceItsLeaseRanOut() {
        TransferJob queued = job(transfers.startImport(MANAGER, "clients", false, ImportCsv.clients(3)).id());

        driver.on(new Change("acme", "event-1", null, queued)); // the read fails: logged, the stream batch goes on

        TransferJob abandoned = job(queued.id());
        assertThat(files.failedReads()).isEqualTo(1);
        assertThat(abandoned.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(abandoned.processedRows()).isZero();
        assertThat(abandoned.stallsAt()).contains(START.plus(TransferService.LEASE));

        tickAt(START.plus(Duration.ofMinutes(1)));
        assertThat(job(queued.id()).version()).as("inside its lease: left alone").isEqualTo(abandoned.version());

        files.failing(false);
        tickAt(START.plus(TransferService.LEASE).plusSeconds(30));
        TransferJob done = job(queued.id());
        assertThat(done.status()).isEqualTo(JobStatus.DONE);
        assertThat(done.processedRows()).isEqualTo(3);
        assertThat(done.resumes()).as("a finished chunk clears the count").isZero();
    }

    @Test
    void aResumeThatFailsAgain_isTriedAgainOneLeaseLater_andTheJobIsGivenUpOnlyAfterThreeFailedResumes() {
        TransferJob queued = job(transfers.startImport(MANAGER, "clients", false, ImportCsv.clients(2)).id());
        driver.on(new Change("acme", "event-1", null, queued));

        // The schedule ticks every minute for half an hour; every read of the upload fails.
        Instant failedAt = null;
        for (int minute = 1; minute <= 30 && failedAt == null; minute++) {
            Instant now = START.plus(Duration.ofMinutes(minute));
            tickAt(now);
            TransferJob job = job(queued.id());
            if (job.status() == JobStatus.FAILED) {
                failedAt = now;
                assertThat(job.failure()).isEqualTo(TransferService.STOPPED_ON_ERROR);
            } else {
                assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
                assertThat(job.stallsAt()).get().matches(stall -> stall.isAfter(now), "the next try is later");
            }
        }

        // The stream's attempt, then three resumes one lease apart; the fourth stall gives the job up.
        assertThat(files.failedReads()).isEqualTo(1 + TransferService.RESUME_ATTEMPTS);
        assertThat(job(queued.id()).resumes()).isEqualTo(TransferService.RESUME_ATTEMPTS);
        assertThat(failedAt).isEqualTo(START.plus(TransferService.LEASE.multipliedBy(1 + TransferService.RESUME_ATTEMPTS)));

        tickAt(failedAt.plus(Duration.ofMinutes(10)));
        assertThat(files.failedReads()).as("a failed job is not resumed").isEqualTo(1 + TransferService.RESUME_ATTEMPTS);
    }

    private void tickAt(Instant now) {
        clock.set(now);
        stalledJobs.run(now);
    }

    private TransferJob job(String id) {
        return new DynamoTransferJobs(dynamo, table).find("acme", id).orElseThrow();
    }
}
