package dev.fieldcrm.worker.schedule;

import dev.fieldcrm.dynamodblocal.ScheduledEvents;
import dev.fieldcrm.worker.support.LambdaInvoker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schedule handler, given EventBridge's "Scheduled Event" JSON through the Lambda mock event server. */
@QuarkusTest
@TestProfile(ScheduleHandlerTest.ScheduleFunction.class)
class ScheduleHandlerTest {

    /** The function as deployed for the schedule trigger: QUARKUS_LAMBDA_HANDLER=schedule. */
    public static class ScheduleFunction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.lambda.handler", "schedule");
        }
    }

    @Inject @Named("alpha") RecordingJobs.Recording alpha;
    @Inject @Named("beta") RecordingJobs.Recording beta;

    @AfterEach
    void stopFailing() {
        alpha.failing(false);
        beta.failing(false);
    }

    @Test
    void aScheduledEvent_runsEveryJobAtTheEventsTime() {
        Instant tick = Instant.parse("2026-11-23T18:07:00Z");

        LambdaInvoker.invoke(ScheduledEvents.at(tick));

        assertThat(alpha.runs()).contains(tick);
        assertThat(beta.runs()).contains(tick);
    }

    @Test
    void aFailingJob_doesNotStopTheOthers_andTheInvocationFails() {
        Instant tick = Instant.parse("2026-11-23T18:08:00Z");
        alpha.failing(true);

        assertThatThrownBy(() -> LambdaInvoker.invoke(ScheduledEvents.at(tick)))
                .isInstanceOf(LambdaInvoker.LambdaFailed.class)
                .hasMessageContaining("test-alpha");
        assertThat(beta.runs()).contains(tick);

        alpha.failing(false);
        beta.failing(true);
        Instant next = tick.plusSeconds(60);
        assertThatThrownBy(() -> LambdaInvoker.invoke(ScheduledEvents.at(next)))
                .isInstanceOf(LambdaInvoker.LambdaFailed.class)
                .hasMessageContaining("test-beta");
        assertThat(alpha.runs()).contains(next);
    }
}
