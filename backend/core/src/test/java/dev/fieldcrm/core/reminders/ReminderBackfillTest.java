package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.clients.Contract;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoReminderStore;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.dynamo.ReminderServices;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.notify.SendOutcome;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskPlan;
import dev.fieldcrm.core.testing.LocalTable;
import dev.fieldcrm.core.testing.TestClock;
import dev.fieldcrm.core.users.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder backfill on DynamoDB Local: users written while no stream listener ran (as before reminders were
 * deployed, or the local run's demo seed) get their digest and overdue nudge, and their clients' prolongation, key
 * people's birthdays and open meetings get theirs; a second run changes nothing; a slot
 * already pending is left as it is; another tenant's users are not touched. No Scan (the call counter fails on one).
 */
class ReminderBackfillTest {
    private static final Postman SENDS_NOTHING = (Outgoing message) -> {
        throw new AssertionError("the backfill sends nothing");
    };

    private final DynamoDbClient dynamo = LocalTable.client();
    private final String table = LocalTable.fresh();
    private final TestClock clock = new TestClock();
    private ReminderServices reminders;
    private DynamoReminderStore slots;

    @BeforeEach
    void wiring() {
        clock.set("2026-11-23T10:00:00Z"); // 13:00 in Moscow: today's 08:00 is past
        reminders = ReminderServices.onDynamo(dynamo, table, "RU", clock, SENDS_NOTHING, RecipientDevices.none(), 2);
        slots = new DynamoReminderStore(dynamo, table);
    }

    private void user(String tenant, String id, boolean active) {
        new DynamoUserStore(dynamo, table).save(tenant, new User(id, "Name " + id, id + "@example.com", Set.of(Role.REP),
                "east", "Europe/Moscow", "en", active, 1));
    }

    private static Map<String, Long> counted(java.util.List<String> calls) {
        return calls.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void usersWrittenWithoutTheListener_getTheirDigestAndNudge_andASecondRunWritesNothing() {
        user("acme", "anna", true);
        user("acme", "boris", true);
        user("acme", "gone", false);
        user("other", "olga", true);
        assertThat(slots.reminder("acme", "digest#anna")).isEmpty();

        LocalTable.CALLS.reset();
        assertThat(reminders.backfill().run("acme")).as("users and clients gone through").isEqualTo(3);
        // One Query of the users' partition and one of each user's clients (none here); per active user GetItem
        // preferences and both slots; a write per new slot.
        assertThat(counted(LocalTable.CALLS.made())).isEqualTo(Map.of("Query", 4L, "GetItem", 6L, "TransactWriteItems", 4L));

        for (String rep : new String[] {"anna", "boris"}) {
            Reminder digest = slots.reminder("acme", "digest#" + rep).orElseThrow();
            assertThat(digest.pending()).isTrue();
            assertThat(digest.occurrenceId()).isEqualTo("digest#" + rep + "#2026-11-24");
            assertThat(digest.fireAt()).isEqualTo(Instant.parse("2026-11-24T05:00:00Z")); // 08:00 Moscow
            assertThat(slots.reminder("acme", "overdue#" + rep)).get().extracting(Reminder::pending).isEqualTo(true);
        }
        assertThat(slots.reminder("acme", "digest#gone")).isEmpty();
        assertThat(slots.reminder("other", "digest#olga")).as("another tenant's user").isEmpty();

        Map<String, Long> versions = Map.of("anna", slots.reminder("acme", "digest#anna").orElseThrow().version(),
                "boris", slots.reminder("acme", "digest#boris").orElseThrow().version());
        clock.set("2026-11-23T10:05:00Z");
        LocalTable.CALLS.reset();
        reminders.backfill().run("acme");

        assertThat(counted(LocalTable.CALLS.made())).as("second run: reads only").isEqualTo(Map.of("Query", 4L, "GetItem", 6L));
        versions.forEach((rep, version) ->
                assertThat(slots.reminder("acme", "digest#" + rep).orElseThrow().version()).isEqualTo(version));
    }

    @Test
    void aDigestAlreadyPendingAndDueThisMinute_isLeftForTheDispatcher() {
        user("acme", "vera", true);
        clock.set("2026-11-23T04:00:00Z");
        reminders.planner().planDaily("acme", "vera"); // as the stream listener would: today's 08:00 Moscow
        Reminder planned = slots.reminder("acme", "digest#vera").orElseThrow();
        assertThat(planned.occurrenceId()).isEqualTo("digest#vera#2026-11-23");

        clock.set("2026-11-23T05:00:20Z"); // due 20 s ago, not dispatched yet
        reminders.backfill().run("acme");

        assertThat(slots.reminder("acme", "digest#vera")).contains(planned);
    }

    @Test
    void clientsWrittenWithoutTheListener_getTheirProlongationBirthdayAndMeetingReminders_once() {
        user("acme", "anna", true);
        Caller anna = new Caller("acme", "anna", Set.of(Role.REP), "east", ZoneId.of("Europe/Moscow"));
        CoreServices core = CoreServices.onDynamo(dynamo, table, "RU", clock);
        Client client = core.clients().create(anna, null, new ClientDetails("ООО Ромашка", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null,
                new Contract("A-1", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 31), 10)), null);
        Contact boss = core.contacts().add(anna, client.id(), null, new ContactDetails("Пётр Иванов", null, "CEO",
                null, null, LocalDate.of(1980, 3, 15), null, false, false), null);
        Task meeting = core.tasks().plan(anna, client.id(), null,
                new TaskPlan(TaskKind.MEETING, "Переговоры", Instant.parse("2026-11-25T08:00:00Z"), "офис", null, null), null);
        core.tasks().plan(anna, client.id(), null,
                new TaskPlan(TaskKind.VISIT, "Визит", Instant.parse("2026-11-26T08:00:00Z"), "склад", null, null), null);

        assertThat(reminders.backfill().run("acme")).isEqualTo(2);

        assertThat(slots.reminder("acme", "prolong#" + client.id())).get().satisfies(r -> {
            assertThat(r.pending()).isTrue();
            assertThat(r.recipientId()).isEqualTo("anna");
            assertThat(r.fireAt()).isEqualTo(Instant.parse("2026-12-21T06:00:00Z")); // 10 days before, 09:00 Moscow
        });
        assertThat(slots.reminder("acme", "birthday#" + boss.id())).get()
                .satisfies(r -> assertThat(r.fireAt()).isEqualTo(Instant.parse("2027-03-15T06:00:00Z")));
        assertThat(slots.reminder("acme", "meeting#" + meeting.id())).get().extracting(Reminder::pending).isEqualTo(true);

        LocalTable.CALLS.reset();
        reminders.backfill().run("acme");
        assertThat(LocalTable.CALLS.made()).as("second run: reads only").doesNotContain("TransactWriteItems");
    }
}
