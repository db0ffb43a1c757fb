package dev.fieldcrm.worker.reminders;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.NotifyServices;
import dev.fieldcrm.core.dynamo.ReminderServices;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.Delivery;
import dev.fieldcrm.core.notify.DeliveryStatus;
import dev.fieldcrm.core.notify.Outbox;
import dev.fieldcrm.core.reminders.PreferencesInput;
import dev.fieldcrm.core.reminders.Reminder;
import dev.fieldcrm.core.reminders.ReminderDispatcher;
import dev.fieldcrm.core.reminders.ReminderKind;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskPlan;
import dev.fieldcrm.worker.support.Stream;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end in the worker: a write through the core's use cases reaches the reminder planner through DynamoDB
 * Local's real stream (pumped to the stream Lambda handler), the occurrence lands on the due index, and the
 * dispatcher, run for a fixed span of time, hands it to the real Postman (capture mode), which records and captures
 * it once.
 */
@QuarkusTest
class ReminderWorkerTest {
    private static final Caller REP2 = new Caller("acme", "rep2", Set.of(Role.REP), "east", ZoneId.of("Asia/Vladivostok"));
    private static final Caller MGR = new Caller("acme", "mgr", Set.of(Role.MANAGER), "east", ZoneId.of("Europe/Moscow"));

    @Inject CoreServices core;
    @Inject ReminderServices reminders;
    @Inject ReminderDispatcher dispatcher;
    @Inject NotifyServices notify;
    @Inject Outbox outbox;

    private static ClientDetails client(String name) {
        return new ClientDetails(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    @Test
    void aPlannedMeeting_reachesTheDueIndexThroughTheStream_andIsSentOnceByEmail_inRussian() {
        long version = reminders.preferences().mine(REP2).version();
        reminders.preferences().save(REP2, new PreferencesInput(Map.of(ReminderKind.MEETING, Set.of(Channel.EMAIL)),
                null, 45, null, null, null, null, "ru", false, null), version);
        Client client = core.clients().create(REP2, null, client("Владивосток Рыба " + Ids.newId()), null);
        Instant dueAt = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        Task task = core.tasks().plan(REP2, client.id(), null,
                new TaskPlan(TaskKind.MEETING, "Дегустация " + client.id(), dueAt, "порт", null, null), null);

        Stream.pump();

        Reminder planned = reminders.planner() == null ? null : slot("meeting#" + task.id());
        assertThat(planned.pending()).isTrue();
        assertThat(planned.fireAt()).isEqualTo(dueAt.minus(Duration.ofMinutes(45)));

        dispatcher.dispatch(planned.fireAt().minusSeconds(30), planned.fireAt().plusSeconds(30));
        dispatcher.dispatch(planned.fireAt().minusSeconds(30), planned.fireAt().plusSeconds(30));

        String id = "meeting#" + task.id() + "#" + dueAt + "#EMAIL";
        Delivery delivery = notify.deliveries().find("acme", id).orElseThrow();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.outgoing().address()).isEqualTo("rep2@example.com");
        assertThat(delivery.outgoing().template()).isEqualTo("meeting");
        assertThat(delivery.outgoing().locale()).isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(delivery.outgoing().model()).containsEntry("title", task.title()).containsEntry("place", "порт");
        assertThat(outbox.newest(50)).filteredOn(m -> m.to().equals("rep2@example.com") && m.text().contains(task.title()))
                .singleElement().satisfies(m -> assertThat(m.subject()).startsWith("Через 45 мин: " + task.title()));
        assertThat(slot("meeting#" + task.id()).pending()).isFalse();
    }

    @Test
    void aClientHandedOverByTheManager_notifiesTheNewOwnerAtOnce_throughTheStream() {
        Client client = core.clients().create(REP2, null, client("Handed " + Ids.newId()), null);
        Client handed = core.clients().reassign(MGR, client.id(), client.version(), "rep1");

        Stream.pump();
        Stream.pump();

        String id = "assigned#" + client.id() + "#rep1#" + handed.version() + "#EMAIL";
        Delivery delivery = notify.deliveries().find("acme", id).orElseThrow();
        assertThat(delivery.outgoing().template()).isEqualTo("lead-assigned");
        assertThat(delivery.outgoing().model()).containsEntry("title", client.name()).containsEntry("assignedBy", "mgr");
        assertThat(notify.deliveries().find("acme", "assigned#" + client.id() + "#rep2#" + client.version() + "#EMAIL")).isEmpty();
    }

    private Reminder slot(String slot) {
        return new dev.fieldcrm.core.dynamo.DynamoReminderStore(
                dev.fieldcrm.worker.support.WorkerDynamoResource.client(), dev.fieldcrm.worker.support.WorkerDynamoResource.TABLE)
                .reminder("acme", slot).orElseThrow();
    }
}
