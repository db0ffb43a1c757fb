package dev.fieldcrm.worker.schedule;

import dev.fieldcrm.core.dynamo.DynamoReminderStore;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.reminders.ReminderBackfill;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.dynamodblocal.ScheduledEvents;
import dev.fieldcrm.worker.support.WorkerDynamoResource;
import dev.fieldcrm.worker.support.LambdaInvoker;
import dev.fieldcrm.worker.support.ScheduleFunction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schedule handler, given EventBridge's "Scheduled Event" JSON through the Lambda mock event server. */
@QuarkusTest
@TestProfile(ScheduleFunction.class)
class ScheduleHandlerTest {

    @Inject @Named("alpha") RecordingJobs.Recording alpha;
    @Inject @Named("beta") RecordingJobs.Recording beta;

    @AfterEach
    void stopFailing() {
        alpha.failing(false);
        beta.failing(false);
    }

    @Test
    void aScheduledEvent_runsEveryJobAtTheEventsTime() {
        Instant tick = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        LambdaInvoker.invoke(ScheduledEvents.at(tick));

        assertThat(alpha.runs()).contains(tick);
        assertThat(beta.runs()).contains(tick);
    }

    @Test
    void aFailingJob_doesNotStopTheOthers_andTheInvocationFails() {
        Instant tick = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        alpha.failing(true);

        assertThatThrownBy(() -> LambdaInvoker.invoke(ScheduledEvents.at(tick)))
                .isInstanceOf(LambdaInvoker.LambdaFailed.class)
                .hasMessageContaining("test-alpha");
        assertThat(beta.runs()).contains(tick);

        alpha.failing(false);
        beta.failing(true);
        Instant next = tick.plusSeconds(1);
        assertThatThrownBy(() -> LambdaInvoker.invoke(ScheduledEvents.at(next)))
                .isInstanceOf(LambdaInvoker.LambdaFailed.class)
                .hasMessageContaining("test-beta");
        assertThat(alpha.runs()).contains(next);
    }

    @Test
    void aBackfillEvent_plansTheNamedTenantsMissingDigests_andRunsNoMinuteJob() {
        String tenant = "backfill-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        try (var dynamo = WorkerDynamoResource.client()) {
            // Written straight to the table, as users that existed before reminders were deployed.
            new DynamoUserStore(dynamo, WorkerDynamoResource.TABLE).save(tenant, new User("early", "Early Rep",
                    "early@example.com", Set.of(Role.REP), "east", "Europe/Moscow", "en", true, 1));
            Instant at = Instant.parse("2001-09-09T01:46:40Z"); // a time no other test's tick uses

            String answer = LambdaInvoker.invoke(ScheduledEvents.tenantJob(at, ReminderBackfill.NAME, tenant));

            assertThat(answer).contains("reminder-backfill").contains(tenant).contains("1 records");
            var slots = new DynamoReminderStore(dynamo, WorkerDynamoResource.TABLE);
            assertThat(slots.reminder(tenant, "digest#early")).get().extracting(r -> r.pending()).isEqualTo(true);
            assertThat(slots.reminder(tenant, "overdue#early")).isPresent();
            assertThat(alpha.runs()).doesNotContain(at);
        }
    }

    @Test
    void aTenantJobEvent_withoutATenantOrForAnUnknownJob_fails() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThatThrownBy(() -> LambdaInvoker.invoke(ScheduledEvents.tenantJob(at, "no-such-job", "acme")))
                .isInstanceOf(LambdaInvoker.LambdaFailed.class).hasMessageContaining("no-such-job");
        assertThatThrownBy(() -> LambdaInvoker.invoke(ScheduledEvents.tenantJob(at, ReminderBackfill.NAME, " ")))
                .isInstanceOf(LambdaInvoker.LambdaFailed.class).hasMessageContaining("tenant");
    }
}
