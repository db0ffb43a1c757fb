package dev.fieldcrm.worker.imports;

import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoDueQueries;
import dev.fieldcrm.core.dynamo.DynamoTransferJobs;
import dev.fieldcrm.core.dynamo.TransferServices;
import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.imports.JobReport;
import dev.fieldcrm.core.imports.JobStatus;
import dev.fieldcrm.core.imports.TransferService;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.dynamodblocal.ScheduledEvents;
import dev.fieldcrm.worker.support.DynamoCalls;
import dev.fieldcrm.worker.support.LambdaInvoker;
import dev.fieldcrm.worker.support.ScheduleFunction;
import dev.fieldcrm.worker.support.WorkerDynamoResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schedule resumes jobs that stalled: a runner that died inside its lease, a job whose stream event was lost. */
@QuarkusTest
@TestProfile(ScheduleFunction.class)
class StalledJobResumeTest {
    private static final Caller MANAGER = new Caller("acme", "mgr", Set.of(Role.MANAGER), "east", ZoneId.of("UTC"));
    /** Long enough ago that a lease taken then has run out (leases last 5 minutes). */
    private static final Duration AGO = Duration.ofMinutes(6);

    @Inject TransferService transfers;
    @Inject CoreServices core;
    @Inject FileStore files;
    @Inject DynamoDbClient dynamo;
    @Inject DynamoCalls calls;

    @Test
    void aJobWhoseRunnerDiedInsideItsLease_isResumedByTheScheduleOnceTheLeaseRanOut() {
        TransferService dyingRunner = runnerSixMinutesAgo(failingReads());
        String id = dyingRunner.startImport(MANAGER, "clients", false, ImportCsv.clients(3)).id();
        assertThatThrownBy(() -> dyingRunner.processNextChunk("acme", id)).hasMessageContaining("runner dies");
        JobReport abandoned = transfers.job(MANAGER, id);

        tick();

        assertThat(abandoned.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(abandoned.processedRows()).isZero();
        JobReport resumed = transfers.job(MANAGER, id);
        assertThat(resumed.status()).isEqualTo(JobStatus.DONE);
        assertThat(resumed.processedRows()).isEqualTo(3);
        assertThat(calls.made()).contains("Query").doesNotContain("Scan");
    }

    @Test
    void aQueuedJobNobodyStarted_isStartedByTheSchedule() {
        String id = runnerSixMinutesAgo(files).startImport(MANAGER, "clients", false, ImportCsv.clients(2)).id();

        tick();

        JobReport job = transfers.job(MANAGER, id);
        assertThat(job.status()).isEqualTo(JobStatus.DONE);
        assertThat(job.processedRows()).isEqualTo(2);
    }

    @Test
    void aJobStillInsideItsLease_isLeftAlone() {
        TransferService runner = TransferServices.onDynamo(core, dynamo, WorkerDynamoResource.TABLE, "RU",
                failingReads(), input -> List.of(), Clock.systemUTC());
        String id = runner.startImport(MANAGER, "clients", false, ImportCsv.clients(1)).id();
        assertThatThrownBy(() -> runner.processNextChunk("acme", id)).isInstanceOf(IllegalStateException.class);

        tick();

        assertThat(transfers.job(MANAGER, id).status()).isEqualTo(JobStatus.RUNNING);
        assertThat(transfers.job(MANAGER, id).processedRows()).isZero();
    }

    /** A schedule tick now, reading the jobs that stalled in the last ten minutes (the checkpoint is set back so). */
    private void tick() {
        DynamoDueQueries due = new DynamoDueQueries(dynamo, WorkerDynamoResource.TABLE);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        due.advance(DynamoTransferJobs.DUE_KIND, due.checkpoint(DynamoTransferJobs.DUE_KIND), now.minus(Duration.ofMinutes(10)));
        calls.reset();
        LambdaInvoker.invoke(ScheduledEvents.at(now));
    }

    private TransferService runnerSixMinutesAgo(FileStore store) {
        return TransferServices.onDynamo(core, dynamo, WorkerDynamoResource.TABLE, "RU", store, input -> List.of(),
                Clock.offset(Clock.systemUTC(), AGO.negated()));
    }

    private FileStore failingReads() {
        return new FlakyFileStore(files);
    }
}
