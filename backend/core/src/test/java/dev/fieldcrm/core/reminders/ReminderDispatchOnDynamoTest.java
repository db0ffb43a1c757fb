package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.clients.Contract;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.dynamo.ReminderServices;
import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.leads.LeadFields;
import dev.fieldcrm.core.leads.LeadStatus;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskPlan;
import dev.fieldcrm.core.testing.TestClock;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders' planning and dispatch on DynamoDB Local (the stream is played by handing the written records to the
 * listener, as the worker's stream handler does): what is sent, when, to whom, in which language, and never twice.
 * Each test uses its own tenant, so the shared due index holds only its reminders; the dispatcher reads all tenants,
 * so each test starts it from its own point in time (a per-test checkpoint is impossible: one per kind).
 */
class ReminderDispatchOnDynamoTest {
    private static final String TABLE = "reminders-test";
    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static DynamoDbLocalServer server;
    private static DynamoDbClient dynamo;
    private static final dev.fieldcrm.core.testing.DynamoCallCounter CALLS = new dev.fieldcrm.core.testing.DynamoCallCounter();

    private final TestClock clock = new TestClock();
    private final RecordingPostman postman = new RecordingPostman();
    private String tenant;
    private CoreServices core;
    private ReminderServices reminders;

    @BeforeAll
    static void startDynamo() {
        server = DynamoDbLocalServer.inMemory();
        dynamo = server.client(List.of(CALLS));
        TableDesign.createIfMissing(dynamo, TABLE);
    }

    @AfterAll
    static void stopDynamo() {
        dynamo.close();
        server.close();
    }

    @BeforeEach
    void tenantOfItsOwn() {
        tenant = "t" + TENANTS.incrementAndGet() + "-" + Ids.newId().substring(20);
        core = CoreServices.onDynamo(dynamo, TABLE, "RU", clock);
        reminders = ReminderServices.onDynamo(dynamo, TABLE, "RU", clock, postman,
                (t, user) -> List.of(new RecipientDevices.Target("phone-" + user, "arn:aws:sns:endpoint/" + user)), 4);
    }

    private User user(String id, String zone, String locale) {
        User user = new User(id, "Name " + id, id + "@example.com", Set.of(Role.REP), "east", zone, locale, true, 1);
        new DynamoUserStore(dynamo, TABLE).save(tenant, user);
        return user;
    }

    private Caller as(User user) {
        return new Caller(tenant, user.id(), user.roles(), user.teamId(), user.zone());
    }

    private static ClientDetails client(String name, Contract contract) {
        return new ClientDetails(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, contract);
    }

    /** Plays the stream: the listeners see the change as the worker's stream handler would hand it over. */
    private void streamed(Object before, Object after) {
        Change change = new Change(tenant, Ids.newId(), before, after);
        reminders.changes().on(change);
        reminders.assignments().on(change);
    }

    /** A dispatcher run at {@code at} that reads only from {@code since} (the due index is shared by all tests). */
    private void dispatch(Instant since, Instant at) {
        reminders.dispatcher().dispatch(since, at);
    }

    @Test
    void theMorningDigest_comesAtEightLocalInVladivostok_inTheUsersLanguage_withTodaysAgendaAndOverdueSteps() {
        clock.set("2026-11-23T10:00:00Z"); // 20:00 in Vladivostok (UTC+10)
        User anna = user("anna", "Asia/Vladivostok", "ru");
        Client client = core.clients().create(as(anna), null, client("ООО Ромашка", null), null);
        core.tasks().plan(as(anna), client.id(), null,
                new TaskPlan(TaskKind.CALL, "Позвонить о договоре", Instant.parse("2026-11-22T01:00:00Z"), null, null, null), null);
        core.tasks().plan(as(anna), client.id(), null,
                new TaskPlan(TaskKind.VISIT, "Визит", Instant.parse("2026-11-24T03:00:00Z"), "офис", null, null), null);
        streamed(null, anna);

        Instant eightLocal = Instant.parse("2026-11-23T22:00:00Z"); // 24 Nov 08:00 +10
        clock.set("2026-11-23T21:59:00Z");
        dispatch(Instant.parse("2026-11-23T21:00:00Z"), clock.instant());
        assertThat(postman.sent("digest#anna")).isEmpty();

        clock.set(eightLocal.plusSeconds(60).toString());
        CALLS.reset();
        dispatch(Instant.parse("2026-11-23T21:59:00Z"), clock.instant());
        // 16 due-index Queries (8 shards × the 21:00 and 22:00 buckets) for the whole run; then the digest's own:
        // one BatchGetItem (slot, user, preferences), the agenda Query, the slot's TransactWriteItems (the recording
        // Postman and the device lookup make no DynamoDB calls here).
        assertThat(CALLS.made()).filteredOn("BatchGetItem"::equals).hasSize(1);
        assertThat(CALLS.made()).filteredOn("Query"::equals).hasSize(16 + 1);
        assertThat(CALLS.made()).filteredOn("TransactWriteItems"::equals).hasSize(1);
        assertThat(CALLS.made()).hasSize(19);

        assertThat(postman.sent("digest#anna")).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("digest#anna#2026-11-24#EMAIL");
            assertThat(m.channel()).isEqualTo(Channel.EMAIL);
            assertThat(m.address()).isEqualTo("anna@example.com");
            assertThat(m.template()).isEqualTo("digest");
            assertThat(m.locale()).isEqualTo(Locale.forLanguageTag("ru"));
            assertThat(m.model()).containsEntry("date", "2026-11-24").containsEntry("overdueCount", 1)
                    .containsEntry("todayCount", 1);
            assertThat(titles(m)).containsExactly("Позвонить о договоре", "Визит");
        });
        assertThat(reminders.planner()).isNotNull();
        assertThat(slot("digest#anna").occurrenceId()).isEqualTo("digest#anna#2026-11-25");
        assertThat(slot("digest#anna").fireAt()).isEqualTo(eightLocal.plus(java.time.Duration.ofDays(1)));
    }

    @Test
    void aMissedHour_catchesUp_eachReminderOnce_andTwoDispatchersAtOnceSendNothingTwice() throws Exception {
        // The only test that runs the checkpointed job (the others read their own span).
        clock.set("2026-06-01T04:00:00Z");
        User[] reps = new User[6];
        for (int i = 0; i < reps.length; i++) {
            reps[i] = user("rep" + i, "Europe/Moscow", "en"); // digest at 08:00 local = 05:00Z
            streamed(null, reps[i]);
        }
        reminders.dispatcher().run(Instant.parse("2026-06-01T04:50:00Z"));
        // The worker is down from 04:50 to 06:30; then two runs start at once, and one more after them.
        Instant back = Instant.parse("2026-06-01T06:30:00Z");
        clock.set(back.toString());
        // Two threads of their own, released together (the common pool may have a single thread).
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> {
                together.await();
                reminders.dispatcher().run(back);
                return null;
            });
            var second = pool.submit(() -> {
                together.await();
                reminders.dispatcher().run(back);
                return null;
            });
            first.get();
            second.get();
        }
        reminders.dispatcher().run(back.plusSeconds(60));

        for (User rep : reps) {
            assertThat(postman.sent("digest#" + rep.id() + "#")).extracting(Outgoing::id)
                    .containsExactly("digest#" + rep.id() + "#2026-06-01#EMAIL");
            assertThat(slot("digest#" + rep.id()).occurrenceId()).isEqualTo("digest#" + rep.id() + "#2026-06-02");
        }
        assertThat(new dev.fieldcrm.core.dynamo.DynamoReminderStore(dynamo, TABLE).checkpoint()).contains(back.plusSeconds(60));
    }

    @Test
    void aMeeting_isRemindedItsLeadTimeBefore_movesWithTheTask_andIsDroppedWhenDone() {
        clock.set("2026-11-23T06:00:00Z");
        User boris = user("boris", "Europe/Moscow", "en");
        Client client = core.clients().create(as(boris), null, client("Acme", null), null);
        Task task = core.tasks().plan(as(boris), client.id(), null,
                new TaskPlan(TaskKind.MEETING, "Demo", Instant.parse("2026-11-23T12:00:00Z"), "HQ", null, null), null);
        streamed(null, task);
        assertThat(slot("meeting#" + task.id()).fireAt()).isEqualTo(Instant.parse("2026-11-23T11:30:00Z"));

        Task moved = core.tasks().change(as(boris), client.id(), task.id(), task.version(),
                Instant.parse("2026-11-23T14:00:00Z"), null);
        streamed(task, moved);
        streamed(task, moved); // redelivered
        clock.set("2026-11-23T13:31:00Z");
        dispatch(Instant.parse("2026-11-23T11:00:00Z"), clock.instant());

        assertThat(postman.sent("meeting#" + task.id())).extracting(Outgoing::id)
                .containsExactly("meeting#" + task.id() + "#2026-11-23T14:00:00Z#PUSH#" + device("boris"));
        assertThat(postman.sent("meeting#").getFirst().model()).containsEntry("title", "Demo").containsEntry("time", "17:00")
                .containsEntry("place", "HQ").containsEntry("minutesBefore", 30L);

        Task other = core.tasks().plan(as(boris), client.id(), null,
                new TaskPlan(TaskKind.CALL, "Call back", Instant.parse("2026-11-23T16:00:00Z"), null, null, null), null);
        streamed(null, other);
        Task done = core.tasks().complete(as(boris), client.id(), other.id(), other.version(), "done early");
        streamed(other, null);
        streamed(null, done);
        clock.set("2026-11-23T16:00:00Z");
        dispatch(Instant.parse("2026-11-23T13:31:00Z"), clock.instant());
        assertThat(postman.sent("meeting#" + other.id())).isEmpty();
    }

    @Test
    void aMeetingReminderCaughtUpOnlyAfterTheMeetingBegan_isNotSent_butTheSlotIsHandled() {
        clock.set("2026-11-23T06:00:00Z");
        User ivan = user("ivan", "Europe/Moscow", "en");
        Client client = core.clients().create(as(ivan), null, client("Too Late", null), null);
        Task task = core.tasks().plan(as(ivan), client.id(), null,
                new TaskPlan(TaskKind.CALL, "Quick call", Instant.parse("2026-11-23T09:00:00Z"), null, null, null), null);
        streamed(null, task);

        clock.set("2026-11-23T09:20:00Z"); // the worker was down from 08:00 to 09:20
        dispatch(Instant.parse("2026-11-23T08:00:00Z"), clock.instant());

        assertThat(postman.sent("meeting#" + task.id())).isEmpty();
        assertThat(slot("meeting#" + task.id()).pending()).isFalse();
    }

    @Test
    void aReminderFallingInQuietHours_comesAtTheirEnd_butTheDigestComesAtItsTime() {
        clock.set("2026-11-23T00:00:00Z");
        User vera = user("vera", "UTC", "en");
        var prefs = new PreferencesInput(Map.of(ReminderKind.MEETING, Set.of(Channel.EMAIL)), "07:00", 30, null,
                "21:00", "08:00", null, null, false, null);
        NotificationPreferences saved = reminders.preferences().save(as(vera), prefs, 0);
        streamed(null, saved);
        Client client = core.clients().create(as(vera), null, client("Night Owls", null), null);
        Task early = core.tasks().plan(as(vera), client.id(), null,
                new TaskPlan(TaskKind.MEETING, "Breakfast", Instant.parse("2026-11-23T08:15:00Z"), null, null, null), null);
        streamed(null, early);
        assertThat(slot("meeting#" + early.id()).fireAt()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));

        clock.set("2026-11-23T07:01:00Z");
        dispatch(Instant.parse("2026-11-23T00:00:00Z"), clock.instant());
        assertThat(postman.sent("digest#vera#2026-11-23")).hasSize(1);
        assertThat(postman.sent("meeting#")).isEmpty();

        clock.set("2026-11-23T08:01:00Z");
        dispatch(Instant.parse("2026-11-23T07:01:00Z"), clock.instant());
        assertThat(postman.sent("meeting#" + early.id())).singleElement()
                .satisfies(m -> assertThat(m.channel()).isEqualTo(Channel.EMAIL));
    }

    @Test
    void theOverdueNudge_comesOncePerDay_onlyOnDaysWithOverdueSteps() {
        clock.set("2026-11-23T06:00:00Z");
        User gleb = user("gleb", "UTC", "en");
        streamed(null, gleb);
        clock.set("2026-11-23T14:01:00Z");
        dispatch(Instant.parse("2026-11-23T13:00:00Z"), clock.instant());
        assertThat(postman.sent("overdue#gleb")).isEmpty();

        Client client = core.clients().create(as(gleb), null, client("Late Ltd", null), null);
        core.tasks().plan(as(gleb), client.id(), null,
                new TaskPlan(TaskKind.EMAIL, "Send offer", Instant.parse("2026-11-23T15:00:00Z"), null, null, null), null);
        clock.set("2026-11-24T14:01:00Z");
        dispatch(Instant.parse("2026-11-23T14:01:00Z"), clock.instant());
        dispatch(Instant.parse("2026-11-23T14:01:00Z"), clock.instant());
        assertThat(postman.sent("overdue#gleb")).extracting(Outgoing::id)
                .containsExactly("overdue#gleb#2026-11-24#PUSH#" + device("gleb"));
        assertThat(postman.sent("overdue#gleb").getFirst().model()).containsEntry("overdueCount", 1);
    }

    private Lead lead(String id, String owner, Instant contactBy) {
        Instant created = contactBy.minus(Duration.ofMinutes(15));
        Lead lead = new Lead(id, LeadStatus.OPEN, owner, "east", new LeadFields("Ольга Новикова", "ООО «Север»",
                "olga@example.com", "+79165551234", null, null, null, null, null, null), "olga@example.com",
                "+79165551234", "website", "Demo form", null, null, contactBy, null, null, created, created, "inbound", 1);
        new DynamoChangeWriter(dynamo, TABLE).apply(tenant, new ChangeSet().create(lead));
        return lead;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMorningDigest_listsTheRepsOpenLeadsToContact_amongTheSteps_withTheSameSingleAgendaQuery() {
        clock.set("2026-11-23T10:00:00Z"); // 20:00 in Vladivostok (UTC+10)
        User ivan = user("ivan", "Asia/Vladivostok", "ru");
        user("petr", "Asia/Vladivostok", "ru");
        Client client = core.clients().create(as(ivan), null, client("ООО Ромашка", null), null);
        core.tasks().plan(as(ivan), client.id(), null,
                new TaskPlan(TaskKind.VISIT, "Визит", Instant.parse("2026-11-24T03:00:00Z"), "офис", null, null), null);
        Lead waiting = lead("L-waiting-" + Ids.newId(), "ivan", Instant.parse("2026-11-23T23:30:00Z")); // 09:30 local
        lead("L-colleague-" + Ids.newId(), "petr", Instant.parse("2026-11-23T23:00:00Z"));
        Lead rejected = lead("L-rejected-" + Ids.newId(), "ivan", Instant.parse("2026-11-23T23:00:00Z"));
        new DynamoChangeWriter(dynamo, TABLE).apply(tenant, new ChangeSet().replace(
                rejected.resolved(LeadStatus.REJECTED, "spam: bot", null, "ivan", clock.instant()), rejected.version()));
        streamed(null, ivan);

        clock.set("2026-11-23T22:01:00Z"); // 24 Nov 08:01 +10
        CALLS.reset();
        dispatch(Instant.parse("2026-11-23T21:59:00Z"), clock.instant());
        assertThat(CALLS.made()).filteredOn("Query"::equals).hasSize(16 + 1);

        assertThat(postman.sent("digest#ivan")).singleElement().satisfies(m -> {
            assertThat(titles(m)).containsExactly("Ольга Новикова", "Визит");
            assertThat(m.model()).containsEntry("todayCount", 2).containsEntry("overdueCount", 0);
            Map<String, Object> lead = ((List<Map<String, Object>>) m.model().get("items")).getFirst();
            assertThat(lead).containsEntry("lead", true).containsEntry("leadId", waiting.id())
                    .containsEntry("phone", "+79165551234").containsEntry("clientName", "ООО «Север»")
                    .containsEntry("time", "09:30");
        });
    }

    @Test
    void theOverdueNudge_leavesOverdueLeadsOut_theirOwnSlaReminderChasesThem() {
        clock.set("2026-11-23T06:00:00Z");
        User oleg = user("oleg", "UTC", "en");
        streamed(null, oleg);
        Client client = core.clients().create(as(oleg), null, client("Late Ltd", null), null);
        core.tasks().plan(as(oleg), client.id(), null,
                new TaskPlan(TaskKind.EMAIL, "Send offer", Instant.parse("2026-11-23T15:00:00Z"), null, null, null), null);
        lead("L-late-" + Ids.newId(), "oleg", Instant.parse("2026-11-23T10:00:00Z"));
        clock.set("2026-11-23T14:01:00Z");
        dispatch(Instant.parse("2026-11-23T13:00:00Z"), clock.instant()); // nothing overdue yet; plans the next day

        clock.set("2026-11-24T14:01:00Z");
        dispatch(Instant.parse("2026-11-23T14:01:00Z"), clock.instant());

        assertThat(postman.sent("overdue#oleg")).singleElement().satisfies(m -> {
            assertThat(m.model()).containsEntry("overdueCount", 1);
            assertThat(titles(m)).containsExactly("Send offer");
        });
    }

    @Test
    void aLeadStillOpenWhenItsSlaRunsOut_remindsItsOwnerOnce_andALeadConvertedBeforeRemindsNobody() {
        clock.set("2026-11-23T06:00:00Z"); // 09:00 in Moscow
        user("lena", "Europe/Moscow", "ru");
        Instant contactBy = Instant.parse("2026-11-23T06:15:00Z");
        Lead waiting = lead("L-waiting-" + Ids.newId(), "lena", contactBy);
        Lead handled = lead("L-handled-" + Ids.newId(), "lena", contactBy);
        streamed(null, waiting);
        streamed(null, handled);
        assertThat(slot("leadsla#" + waiting.id()).fireAt()).isEqualTo(contactBy);

        clock.set("2026-11-23T06:10:00Z");
        Lead converted = handled.resolved(LeadStatus.CONVERTED, "called, converted", "C1", "lena", clock.instant());
        new DynamoChangeWriter(dynamo, TABLE).apply(tenant, new ChangeSet().replace(converted, handled.version()));
        streamed(handled, converted);
        assertThat(slot("leadsla#" + handled.id()).pending()).as("a converted lead's reminder is dropped").isFalse();

        clock.set("2026-11-23T06:16:00Z");
        dispatch(Instant.parse("2026-11-23T06:00:00Z"), clock.instant());
        dispatch(Instant.parse("2026-11-23T06:00:00Z"), clock.instant());

        assertThat(postman.sent("leadsla#" + waiting.id())).hasSize(2) // email + push by default, each once
                .allSatisfy(m -> assertThat(m.model()).containsEntry("leadName", "Ольга Новикова")
                        .containsEntry("time", "09:15").containsEntry("phone", "+79165551234"));
        assertThat(postman.sent("leadsla#" + handled.id())).isEmpty();
        assertThat(slot("leadsla#" + waiting.id()).pending()).isFalse();
    }

    @Test
    void aContractEnd_remindsTheOwnerAtNineLocal_theChosenNumberOfDaysBefore() {
        clock.set("2026-11-01T00:00:00Z");
        User dina = user("dina", "Europe/Moscow", "ru");
        Client client = core.clients().create(as(dina), null,
                client("Contracted", new Contract("A-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 10)), null);
        streamed(null, client);
        Reminder planned = slot("prolong#" + client.id());
        assertThat(planned.occurrenceId()).isEqualTo("prolong#" + client.id() + "#2026-12-31");
        assertThat(planned.fireAt()).isEqualTo(Instant.parse("2026-12-21T06:00:00Z"));

        clock.set("2026-12-21T06:01:00Z");
        dispatch(Instant.parse("2026-12-21T05:00:00Z"), clock.instant());
        assertThat(postman.sent("prolong#" + client.id())).hasSize(2) // email + push by default
                .allSatisfy(m -> assertThat(m.model()).containsEntry("contractNumber", "A-1").containsEntry("daysLeft", 10L));
        assertThat(slot("prolong#" + client.id()).pending()).isFalse();
    }

    @Test
    void aBirthday_remindsTheOwnerOnTheDay_andIsPlannedAgainForNextYear() {
        clock.set("2027-02-01T00:00:00Z");
        User egor = user("egor", "Europe/Moscow", "en");
        Client client = core.clients().create(as(egor), null, client("Leap Co", null), null);
        Contact contact = core.contacts().add(as(egor), client.id(), null, new ContactDetails("Leap Person", null, "CEO",
                null, null, LocalDate.of(1992, 2, 29), null, false, false), null);
        streamed(null, contact);
        assertThat(slot("birthday#" + contact.id()).fireAt()).isEqualTo(Instant.parse("2027-02-28T06:00:00Z"));

        clock.set("2027-02-28T06:01:00Z");
        dispatch(Instant.parse("2027-02-28T05:00:00Z"), clock.instant());
        assertThat(postman.sent("birthday#" + contact.id())).singleElement()
                .satisfies(m -> assertThat(m.model()).containsEntry("contactName", "Leap Person"));
        Reminder next = slot("birthday#" + contact.id());
        assertThat(next.occurrenceId()).isEqualTo("birthday#" + contact.id() + "#2028");
        assertThat(next.fireAt()).isEqualTo(Instant.parse("2028-02-29T06:00:00Z"));
    }

    @Test
    void aClientHandedToAnotherRep_notifiesTheNewOwnerOnce_andAMutedOneGetsNothing() {
        clock.set("2026-11-23T10:00:00Z");
        User lena = user("lena", "Europe/Moscow", "en");
        User mila = user("mila", "Europe/Moscow", "en");
        User boss = new User("boss", "Boss", "boss@example.com", Set.of(Role.MANAGER), "east", "UTC", "en", true, 1);
        new DynamoUserStore(dynamo, TABLE).save(tenant, boss);
        Client client = core.clients().create(as(lena), null, client("Handed Over", null), null);
        Client handed = core.clients().reassign(as(boss), client.id(), client.version(), "mila");
        streamed(client, handed);
        streamed(client, handed);

        assertThat(postman.sent("assigned#" + client.id())).extracting(Outgoing::id, Outgoing::address).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("assigned#" + client.id() + "#mila#" + handed.version() + "#EMAIL", "mila@example.com"),
                org.assertj.core.groups.Tuple.tuple("assigned#" + client.id() + "#mila#" + handed.version() + "#PUSH#" + device("mila"),
                        "arn:aws:sns:endpoint/mila"));
        assertThat(postman.sent("assigned#").getFirst().model()).containsEntry("title", "Handed Over")
                .containsEntry("assignedBy", "boss");

        reminders.preferences().save(as(lena), new PreferencesInput(null, null, null, null, null, null, null, null, true, null), 0);
        Client back = core.clients().reassign(as(boss), client.id(), handed.version(), "lena");
        streamed(handed, back);
        assertThat(postman.sent("assigned#" + client.id() + "#lena")).isEmpty();
    }

    @Test
    void aLeadHandedToAnotherRep_notifiesTheNewOwnerOnce_throughTheSameListener() {
        clock.set("2026-11-23T10:00:00Z");
        user("lena", "Europe/Moscow", "en");
        user("mila", "Europe/Moscow", "en");
        User boss = new User("boss", "Boss", "boss@example.com", Set.of(Role.MANAGER), "east", "UTC", "en", true, 1);
        new DynamoUserStore(dynamo, TABLE).save(tenant, boss);
        var lead = new dev.fieldcrm.core.testing.TestLeads(dynamo, TABLE)
                .open(tenant, "lena", "east", "Olga Petrova", "Roga LLC", null, null, "Call me");
        var inbox = dev.fieldcrm.core.dynamo.LeadInboxServices.onDynamo(dynamo, TABLE, core, clock);
        var handed = inbox.reassign(as(boss), lead.id(), lead.version(), "mila");
        streamed(lead, handed);
        streamed(lead, handed);

        assertThat(postman.sent("assigned#" + lead.id())).extracting(Outgoing::id).containsExactlyInAnyOrder(
                "assigned#" + lead.id() + "#mila#" + handed.version() + "#EMAIL",
                "assigned#" + lead.id() + "#mila#" + handed.version() + "#PUSH#" + device("mila"));
        assertThat(postman.sent("assigned#" + lead.id()).getFirst().model()).containsEntry("title", "Olga Petrova")
                .containsEntry("recordType", "lead").containsEntry("assignedBy", "boss");
    }

    private Reminder slot(String slot) {
        return new dev.fieldcrm.core.dynamo.DynamoReminderStore(dynamo, TABLE).reminder(tenant, slot).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Outgoing message) {
        return ((List<Map<String, Object>>) message.model().get("items")).stream().map(i -> (String) i.get("title")).toList();
    }

    private static String device(String user) {
        return "phone-" + user;
    }
}
