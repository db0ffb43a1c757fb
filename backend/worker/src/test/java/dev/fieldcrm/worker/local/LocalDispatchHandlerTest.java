package dev.fieldcrm.worker.local;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.dynamodblocal.ScheduledEvents;
import dev.fieldcrm.dynamodblocal.StreamPump;
import dev.fieldcrm.worker.schedule.RecordingJobs;
import dev.fieldcrm.worker.stream.RecordingListener;
import dev.fieldcrm.worker.support.LambdaInvoker;
import dev.fieldcrm.worker.support.LocalFunction;
import dev.fieldcrm.worker.support.Stream;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local run's worker process takes both triggers' events and answers each as its own handler would. */
@QuarkusTest
@TestProfile(LocalFunction.class)
class LocalDispatchHandlerTest {
    private static final Caller REP1 = new Caller("acme", "rep1", Set.of(Role.REP), "east", ZoneId.of("UTC"));

    @Inject CoreServices core;
    @Inject RecordingListener listener;
    @Inject @Named("alpha") RecordingJobs.Recording alpha;

    @Test
    void aStreamBatch_goesToTheStreamHandler() {
        Client client = core.clients().create(REP1, null, new ClientDetails("Local " + Ids.newId(), null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null), null);

        List<StreamPump.Delivery> deliveries = Stream.pump();

        assertThat(listener.seen()).anySatisfy(change -> assertThat(change.after(Client.class)).contains(client));
        assertThat(deliveries).allSatisfy(d -> assertThat(d.response()).contains("batchItemFailures"));
    }

    @Test
    void aScheduledEvent_goesToTheScheduleHandler() {
        Instant tick = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        String response = LambdaInvoker.invoke(ScheduledEvents.at(tick));

        assertThat(alpha.runs()).contains(tick);
        assertThat(response).contains("ran");
    }

    @Test
    void anyOtherEvent_isRefused() {
        assertThatThrownBy(() -> LambdaInvoker.invoke("{\"detail-type\":\"Something else\"}"))
                .isInstanceOf(LambdaInvoker.LambdaFailed.class);
    }
}
