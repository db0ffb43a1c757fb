package dev.fieldcrm.worker.schedule;

import dev.fieldcrm.dynamodblocal.ScheduledEvents;
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
}
