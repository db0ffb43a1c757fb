package dev.fieldcrm.worker.sync;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.SyncServices;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.sync.FeedPosition;
import dev.fieldcrm.core.sync.SyncChange;
import dev.fieldcrm.core.sync.SyncKind;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskPlan;
import dev.fieldcrm.core.tasks.TaskStatus;
import dev.fieldcrm.dynamodblocal.StreamPump;
import dev.fieldcrm.worker.support.DynamoCalls;
import dev.fieldcrm.worker.support.LambdaInvoker;
import dev.fieldcrm.worker.support.Stream;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync feeds kept through DynamoDB Local's real stream: writes through the core's use cases reach the worker's
 * stream handler, whose {@code SyncFeedChanges} places each change in the feed of the user whose phone keeps it.
 */
@QuarkusTest
class SyncFeedStreamTest {
    private static final Caller REP1 = new Caller("acme", "rep1", Set.of(Role.REP), "east", ZoneId.of("Europe/Moscow"));
    private static final Caller REP2 = new Caller("acme", "rep2", Set.of(Role.REP), "east", ZoneId.of("Asia/Vladivostok"));
    private static final Caller MGR = new Caller("acme", "mgr", Set.of(Role.MANAGER), "east", ZoneId.of("Europe/Moscow"));

    @Inject CoreServices core;
    @Inject SyncServices sync;
    @Inject DynamoCalls calls;

    private FeedPosition start;

    @BeforeEach
    void drainEarlierChanges() {
        Stream.pump();
        start = FeedPosition.at(Instant.now().minusSeconds(1));
    }

    private static ClientDetails client(String name) {
        return new ClientDetails(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    private static ContactDetails contact(String name) {
        return new ContactDetails(name, null, null, null, null, null, null, false, false, null);
    }

    /** The user's feed since the test began, only the entries about {@code id}. */
    private List<SyncChange> feedOf(String tenantId, String userId, String id) {
        return sync.feed().read(tenantId, userId, start, FeedPosition.at(Instant.now().plusSeconds(60)), 500).changes()
                .stream().filter(c -> c.id().equals(id)).toList();
    }

    @Test
    void aClientCreatedThenEdited_reachesItsOwnersFeed_asTheRecordAtEachVersion() {
        Client created = core.clients().create(REP1, null, client("Сыроварня " + Ids.newId()), null);
        Client edited = core.clients().update(REP1, created.id(), created.version(), client("Сыроварня №2 " + Ids.newId()));

        Stream.pump();

        List<SyncChange> feed = feedOf("acme", "rep1", created.id());
        assertThat(feed).extracting(SyncChange::version).containsExactly(1L, 2L);
        assertThat(feed).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(SyncKind.CLIENT);
            assertThat(c.deleted()).isFalse();
            assertThat(c.clientId()).isEqualTo(created.id());
        });
        assertThat(feed.getLast().data()).isEqualTo(edited);
        assertThat(feedOf("acme", "rep2", created.id())).isEmpty();
        assertThat(feedOf("globex", "rep1", created.id())).isEmpty();
    }

    @Test
    void aContactChange_reachesTheFeedOfItsClientsOwner() {
        Client client = core.clients().create(REP1, null, client("Маслозавод " + Ids.newId()), null);
        Contact added = core.contacts().add(REP1, client.id(), null, contact("Ирина"), null);

        Stream.pump();

        assertThat(feedOf("acme", "rep1", added.id())).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(SyncKind.CONTACT);
            assertThat(c.clientId()).isEqualTo(client.id());
            assertThat(c.data()).isEqualTo(added);
        });
    }

    @Test
    void handingAClientOver_tombstonesItAndItsContactsForTheOldOwner_andGivesThemToTheNewOne() {
        Client client = core.clients().create(REP1, null, client("Хлебозавод " + Ids.newId()), null);
        Contact contact = core.contacts().add(REP1, client.id(), null, contact("Пётр"), null);
        Stream.pump();

        Client handed = core.clients().reassign(MGR, client.id(), client.version(), "rep2");
        Stream.pump();

        assertThat(feedOf("acme", "rep1", client.id()).getLast()).satisfies(c -> {
            assertThat(c.deleted()).isTrue();
            assertThat(c.data()).isNull();
            assertThat(c.version()).isEqualTo(handed.version());
        });
        assertThat(feedOf("acme", "rep1", contact.id()).getLast().deleted()).isTrue();
        assertThat(feedOf("acme", "rep2", client.id())).singleElement()
                .satisfies(c -> assertThat(c.data()).isEqualTo(handed));
        assertThat(feedOf("acme", "rep2", contact.id())).singleElement()
                .satisfies(c -> assertThat(c.data()).isEqualTo(contact));
    }

    @Test
    void completingATask_placesTheDoneTask_withoutATombstone_andReassigningOneTombstonesItForTheFormerAssignee() {
        Client client = core.clients().create(REP1, null, client("Пекарня " + Ids.newId()), null);
        TaskPlan plan = new TaskPlan(TaskKind.CALL, "Позвонить", Instant.now().plus(Duration.ofDays(1)), null, null, null);
        Task done = core.tasks().plan(REP1, client.id(), null, plan, null);
        Task moved = core.tasks().plan(REP1, client.id(), null, plan, null);
        Stream.pump();

        core.tasks().complete(REP1, client.id(), done.id(), done.version(), "дозвонились");
        Task reassigned = core.tasks().change(MGR, client.id(), moved.id(), moved.version(), moved.dueAt(), "rep2");
        Stream.pump();

        assertThat(feedOf("acme", "rep1", done.id())).extracting(SyncChange::deleted).containsExactly(false, false);
        assertThat(((Task) feedOf("acme", "rep1", done.id()).getLast().data()).status()).isEqualTo(TaskStatus.DONE);
        assertThat(feedOf("acme", "rep1", moved.id()).getLast()).satisfies(c -> {
            assertThat(c.deleted()).isTrue();
            assertThat(c.version()).isEqualTo(reassigned.version());
        });
        assertThat(feedOf("acme", "rep2", moved.id())).singleElement()
                .satisfies(c -> assertThat(c.data()).isEqualTo(reassigned));
    }

    @Test
    void redeliveringTheSameStreamBatches_addsNoEntry() {
        Client client = core.clients().create(REP1, null, client("Молокозавод " + Ids.newId()), null);
        core.contacts().add(REP1, client.id(), null, contact("Анна"), null);
        List<StreamPump.Delivery> batches = Stream.pump();
        List<SyncChange> once = sync.feed().read("acme", "rep1", start, FeedPosition.at(Instant.now().plusSeconds(60)), 500).changes();

        batches.forEach(batch -> LambdaInvoker.invoke(batch.event()));
        Stream.pump();

        assertThat(sync.feed().read("acme", "rep1", start, FeedPosition.at(Instant.now().plusSeconds(60)), 500).changes())
                .containsExactlyElementsOf(once);
    }

    @Test
    void aContactChange_costsOneGetItemOfItsClient_andOneBatchWrite_andAHandoverOneCardQuery() {
        Client client = core.clients().create(REP1, null, client("Рыбхоз " + Ids.newId()), null);
        Contact contact = core.contacts().add(REP1, client.id(), null, contact("Олег"), null);
        Client handed = client.withOwner("rep2", "east", "mgr", Instant.now());

        calls.reset();
        sync.changes().on(new Change("acme", "test-" + Ids.newId(), null, contact));
        assertThat(calls.made()).containsExactly("GetItem", "BatchWriteItem");

        calls.reset();
        sync.changes().on(new Change("acme", "test-" + Ids.newId(), client, handed));
        assertThat(calls.made()).containsExactly("Query", "BatchWriteItem");
    }

    @Test
    void aFeedPage_isOneQuery() {
        calls.reset();
        sync.feed().read("acme", "rep1", start, FeedPosition.at(Instant.now()), 10);
        assertThat(calls.made()).containsExactly("Query");
    }
}
