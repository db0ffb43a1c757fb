package dev.fieldcrm.mobile.core.sync;

import static dev.fieldcrm.mobile.core.testing.Samples.change;
import static dev.fieldcrm.mobile.core.testing.Samples.client;
import static dev.fieldcrm.mobile.core.testing.Samples.page;
import static dev.fieldcrm.mobile.core.testing.Samples.record;
import static dev.fieldcrm.mobile.core.testing.Samples.task;
import static dev.fieldcrm.mobile.core.testing.Samples.tombstone;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.core.MobileCore;
import dev.fieldcrm.mobile.core.outbox.NewInteraction;
import dev.fieldcrm.mobile.core.outbox.NextStep;
import dev.fieldcrm.mobile.core.outbox.OutboxCommand;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.RecordKind;
import dev.fieldcrm.mobile.core.testing.CoreOnFakeApi;
import dev.fieldcrm.mobile.core.testing.FakeApi;
import dev.fieldcrm.mobile.core.testing.FakeApi.Answer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sync engine's corner cases against a fake server speaking contract B; push and pull are also covered against
 * the real API in backend/api's MobileCoreAgainstApiTest.
 */
class SyncEngineTest extends CoreOnFakeApi {
    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-06T12:00:00Z");

    private MobileCore core() {
        return coreAt(NOW);
    }

    private static NewInteraction call(String summary) {
        return new NewInteraction("CALL", NOW, summary, null, null, NextStep.of("CALL", "Call back", DUE), null, null,
                null, null);
    }

    private static Map<String, Object> logged(String interactionId, String clientId, String nextTaskId) {
        return Map.of("interaction", Map.of("id", interactionId, "clientId", clientId, "type", "CALL", "version", 1),
                "nextTask", task(nextTaskId, clientId, "Call back", DUE, 1));
    }

    @Test
    void firstSync_takesASnapshotInPages_thenReadsTheFeedFromItsCursor() {
        server.on("GET /api/v1/sync",
                page("snap-2", true, true, List.of(change("client", client("c1", "Acme", 1)))),
                page("feed-0", false, true, List.of(change("client", client("c2", "Globex", 1)))),
                page("feed-1", false, false, List.of(change("client", client("c1", "Acme Ltd", 2)))));

        SyncReport report = core().sync().sync();

        assertThat(report).isEqualTo(new SyncReport(0, 0, 3, 3, true, SyncReport.Outcome.DONE));
        assertThat(server.received("GET /api/v1/sync")).extracting(FakeApi.Received::query)
                .containsExactly("limit=200", "limit=200&cursor=snap-2", "limit=200&cursor=feed-0");
        MobileCore reopened = core();
        assertThat(reopened.store().get(RecordKind.CLIENT, "c1")).get()
                .extracting(r -> r.data().path("details").path("name").asText()).isEqualTo("Acme Ltd");
        assertThat(reopened.store().document(SyncEngine.STATE_DOCUMENT)).get()
                .extracting(doc -> doc.path("cursor").asText()).isEqualTo("feed-1");
    }

    @Test
    void aServerThatKeepsAnsweringTheSnapshotsLastPage_readsTheFeedOnce_andStops() {
        server.on("GET /api/v1/sync", page("feed-0", false, true, List.of(change("client", client("c1", "Acme", 1)))));

        SyncReport report = core().sync().sync();

        assertThat(report.pages()).isEqualTo(2);
        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.DONE);
    }

    @Test
    void aChangeWithoutItsData_isReadWithTheRecordsGet_onlyWhenTheLocalCopyIsOlder() {
        MobileCore core = core();
        core.store().put(record(RecordKind.TASK, task("t-current", "c1", "Already new", DUE, 9)));
        core.store().putDocument(SyncEngine.STATE_DOCUMENT, core.store().newObject().put("cursor", "feed-0"));
        Map<String, Object> bigClient = change("client", client("c1", "Acme", 4));
        bigClient.put("data", null);
        Map<String, Object> bigTask = change("task", task("t-current", "c1", "Visit", DUE, 9));
        bigTask.put("data", null);
        server.on("GET /api/v1/sync", page("feed-1", false, false, List.of(bigClient, bigTask)));
        server.on("GET /api/v1/clients/c1", Answer.json(200, Map.of("client", client("c1", "Acme (full)", 4),
                "openTasks", List.of())));

        SyncReport report = core.sync().sync();

        assertThat(report.pulled()).isEqualTo(1);
        assertThat(core.store().get(RecordKind.CLIENT, "c1").orElseThrow().data().path("details").path("name")
                .asText()).isEqualTo("Acme (full)");
        assertThat(server.received("GET /api/v1/clients/c1")).hasSize(1);
    }

    @Test
    void anOlderOrEqualVersion_neverOverwritesANewerOne() {
        MobileCore core = core();
        core.store().put(record(RecordKind.CLIENT, client("c1", "Newest", 5)));
        core.store().put(record(RecordKind.CLIENT, client("c2", "Same", 2)));
        core.store().putDocument(SyncEngine.STATE_DOCUMENT, core.store().newObject().put("cursor", "feed-0"));
        server.on("GET /api/v1/sync", page("feed-1", false, false, List.of(
                change("client", client("c1", "Older", 4)),
                change("client", client("c2", "Equal", 2)))));

        SyncReport report = core.sync().sync();

        assertThat(report.pulled()).isZero();
        assertThat(core.store().get(RecordKind.CLIENT, "c1").orElseThrow().data().path("details").path("name")
                .asText()).isEqualTo("Newest");
        assertThat(core.store().get(RecordKind.CLIENT, "c2").orElseThrow().data().path("details").path("name")
                .asText()).isEqualTo("Same");
    }

    @Test
    void aTombstone_removesTheRecord_unlessTheLocalCopyIsNewer() {
        MobileCore core = core();
        core.store().put(record(RecordKind.TASK, task("t1", "c1", "Visit", DUE, 3)));
        core.store().put(record(RecordKind.TASK, task("t2", "c1", "Call", DUE, 7)));
        core.store().putDocument(SyncEngine.STATE_DOCUMENT, core.store().newObject().put("cursor", "feed-0"));
        server.on("GET /api/v1/sync", page("feed-1", false, false, List.of(
                tombstone("task", "t1", 3L), tombstone("task", "t2", 6L))));

        core.sync().sync();

        assertThat(core.store().all(RecordKind.TASK)).extracting(LocalRecord::id).containsExactly("t2");
    }

    @Test
    void anExpiredCursor_isDropped_andASnapshotStarts() {
        MobileCore core = core();
        core.store().putDocument(SyncEngine.STATE_DOCUMENT, core.store().newObject().put("cursor", "too-old"));
        server.on("GET /api/v1/sync", Answer.problem(410, "sync-cursor-expired", "Cursor expired"),
                page("feed-9", false, true, List.of(change("client", client("c1", "Acme", 1)))),
                page("feed-9", false, false, List.of()));

        SyncReport report = core.sync().sync();

        assertThat(report.snapshot()).isTrue();
        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.DONE);
        assertThat(server.received("GET /api/v1/sync")).extracting(FakeApi.Received::query)
                .containsExactly("limit=200&cursor=too-old", "limit=200", "limit=200&cursor=feed-9");
        assertThat(core.store().get(RecordKind.CLIENT, "c1")).isPresent();
    }

    @Test
    void aCursorTheServerDoesNotRecognise_isDropped_andASnapshotStarts() {
        MobileCore core = core();
        core.store().putDocument(SyncEngine.STATE_DOCUMENT, core.store().newObject().put("cursor", "another-users"));
        server.on("GET /api/v1/sync", Answer.problem(400, "sync-cursor-invalid", "Not your cursor"),
                page("feed-9", false, true, List.of()), page("feed-9", false, false, List.of()));

        SyncReport report = core.sync().sync();

        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.DONE);
        assertThat(report.snapshot()).isTrue();
    }

    @Test
    void theEndOfASnapshot_removesRecordsItDidNotDeliver_butKeepsTheRepsPendingOnes() {
        MobileCore core = core();
        core.store().put(record(RecordKind.CLIENT, client("gone", "Reassigned while away", 3)));
        server.on("POST /api/v1/clients/c1/interactions", Answer.problem(503, "unavailable", "Down"));
        OutboxCommand pending = core.actions().logInteraction("c1", call("Offline call"));
        server.on("GET /api/v1/sync", page("feed-0", false, true, List.of(change("client", client("c1", "Acme", 1)))),
                page("feed-0", false, false, List.of()));

        core.sync().push();
        core.outbox().remove(pending.id());
        core.store().put(new LocalRecord(RecordKind.INTERACTION, "local-only", "c1", null, NOW,
                core.store().newObject(), true));
        core.sync().sync();

        assertThat(core.store().all(RecordKind.CLIENT)).extracting(LocalRecord::id).containsExactly("c1");
        assertThat(core.store().all(RecordKind.INTERACTION)).extracting(LocalRecord::id).contains("local-only");
    }

    @Test
    void aSnapshotKilledHalfway_resumesFromItsCursor_andStillKnowsWhatItDelivered() {
        MobileCore core = core();
        core.store().put(record(RecordKind.CLIENT, client("gone", "Reassigned while away", 3)));
        server.on("GET /api/v1/sync",
                page("snap-2", true, true, List.of(change("client", client("c1", "Acme", 1)))),
                Answer.problem(503, "unavailable", "Down"),
                page("feed-0", false, true, List.of(change("client", client("c2", "Globex", 1)))),
                page("feed-0", false, false, List.of()));

        SyncReport interrupted = core.sync().sync();
        SyncReport resumed = core().sync().sync();

        assertThat(interrupted.outcome()).isEqualTo(SyncReport.Outcome.OFFLINE);
        assertThat(resumed.outcome()).isEqualTo(SyncReport.Outcome.DONE);
        assertThat(server.received("GET /api/v1/sync").get(2).query()).isEqualTo("limit=200&cursor=snap-2");
        assertThat(core().store().all(RecordKind.CLIENT)).extracting(LocalRecord::id)
                .containsExactlyInAnyOrder("c1", "c2");
    }

    @Test
    void pushSendsTheOutboxInOrder_storesTheServersAnswers_andReplacesTheOfflinePlaceholders() {
        MobileCore core = core();
        OutboxCommand first = core.actions().logInteraction("c1", call("First"));
        OutboxCommand second = core.actions().logInteraction("c1", call("Second"));
        assertThat(core.store().get(RecordKind.INTERACTION, first.id())).get().extracting(LocalRecord::pending)
                .isEqualTo(true);
        server.on("POST /api/v1/clients/c1/interactions", Answer.json(201, logged("i1", "c1", "t1")),
                Answer.json(201, logged("i2", "c1", "t2")));
        server.on("GET /api/v1/sync", page("feed-0", false, false, List.of()));

        SyncReport report = core.sync().sync();

        assertThat(report.sent()).isEqualTo(2);
        assertThat(server.received("POST /api/v1/clients/c1/interactions"))
                .extracting(r -> r.header("Idempotency-Key"), r -> r.body().path("summary").asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), "First"),
                        org.assertj.core.groups.Tuple.tuple(second.id(), "Second"));
        assertThat(core.outbox().pending()).isEmpty();
        assertThat(core.store().all(RecordKind.INTERACTION)).extracting(LocalRecord::id, LocalRecord::pending)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("i1", false),
                        org.assertj.core.groups.Tuple.tuple("i2", false));
        assertThat(core.store().all(RecordKind.TASK)).extracting(LocalRecord::id)
                .containsExactlyInAnyOrder("t1", "t2");
    }

    @Test
    void anUnreachableServer_keepsTheCommandForLater_andNothingIsPulledOverIt() {
        MobileCore core = core();
        OutboxCommand command = core.actions().logInteraction("c1", call("Offline"));
        server.on("POST /api/v1/clients/c1/interactions", Answer.problem(502, "bad-gateway", "Bad gateway"));

        SyncReport report = core.sync().sync();

        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.OFFLINE);
        assertThat(server.received("GET /api/v1/sync")).isEmpty();
        assertThat(core().outbox().pending()).singleElement()
                .satisfies(c -> assertThat(c.id()).isEqualTo(command.id()))
                .satisfies(c -> assertThat(c.attempts()).isEqualTo(1));
        assertThat(core.sync().sync().outcome()).as("before its backoff").isEqualTo(SyncReport.Outcome.WAITING);
    }

    @Test
    void aStaleVersion_goesToNeedsAttention_withBothVersions_andKeepMineResendsOnTopOfTheirs() {
        MobileCore core = core();
        core.store().put(record(RecordKind.TASK, task("t1", "c1", "Visit", DUE, 3)));
        OutboxCommand mine = core.actions().rescheduleTask("t1", DUE.plusSeconds(3600));
        server.on("PATCH /api/v1/clients/c1/tasks/t1", Answer.problem(412, "version-conflict", "Changed meanwhile"),
                Answer.json(200, task("t1", "c1", "Visit", DUE.plusSeconds(3600), 5)));
        server.on("GET /api/v1/clients/c1", Answer.json(200, Map.of("client", client("c1", "Acme", 2),
                "openTasks", List.of(task("t1", "c1", "Visit (moved)", DUE, 4)))));
        server.on("GET /api/v1/sync", page("feed-0", false, false, List.of()));

        SyncReport refused = core.sync().sync();

        assertThat(refused.refused()).isEqualTo(1);
        Conflict conflict = core().conflicts().all().getFirst();
        assertThat(conflict.mine().path("dueAt").asText()).isEqualTo(DUE.plusSeconds(3600).toString());
        assertThat(conflict.theirs().path("title").asText()).isEqualTo("Visit (moved)");
        assertThat(conflict.theirVersion()).isEqualTo(4L);
        assertThat(conflict.canKeepMine()).isTrue();

        OutboxCommand again = core.sync().keepMine(conflict.id());
        core.sync().sync();

        List<FakeApi.Received> patches = server.received("PATCH /api/v1/clients/c1/tasks/t1");
        assertThat(patches).extracting(r -> r.header("If-Match")).containsExactly("\"3\"", "\"4\"");
        assertThat(patches).extracting(r -> r.header("Idempotency-Key")).containsExactly(mine.id(), again.id());
        assertThat(core.conflicts().all()).isEmpty();
        assertThat(core.store().get(RecordKind.TASK, "t1").orElseThrow().version()).isEqualTo(5L);
    }

    @Test
    void takeTheirs_dropsTheRepsChange_andShowsTheServersVersion() {
        MobileCore core = core();
        core.store().put(record(RecordKind.TASK, task("t1", "c1", "Visit", DUE, 3)));
        core.actions().completeTask("t1", "done");
        server.on("POST /api/v1/clients/c1/tasks/t1/complete", Answer.problem(409, "version-conflict", "Changed"));
        server.on("GET /api/v1/clients/c1", Answer.json(200, Map.of("client", client("c1", "Acme", 2),
                "openTasks", List.of(task("t1", "c1", "Visit", DUE, 4)))));
        server.on("GET /api/v1/sync", page("feed-0", false, false, List.of()));
        core.sync().sync();

        core.sync().takeTheirs(core.conflicts().all().getFirst().id());

        LocalRecord shown = core().store().get(RecordKind.TASK, "t1").orElseThrow();
        assertThat(shown.version()).isEqualTo(4L);
        assertThat(shown.pending()).isFalse();
        assertThat(shown.data().path("status").asText()).isEqualTo("OPEN");
        assertThat(core.conflicts().all()).isEmpty();
        assertThat(core.outbox().pending()).isEmpty();
    }

    @Test
    void anInvalidChange_isKeptForTheRep_andPushingGoesOnWithTheNextCommand() {
        MobileCore core = core();
        core.actions().logInteraction("c1", call("Rejected"));
        core.actions().logInteraction("c2", call("Fine"));
        server.on("POST /api/v1/clients/c1/interactions", Answer.problem(422, "validation", "Invalid"));
        server.on("POST /api/v1/clients/c2/interactions", Answer.json(201, logged("i2", "c2", "t2")));
        server.on("GET /api/v1/sync", page("feed-0", false, false, List.of()));

        SyncReport report = core.sync().sync();

        assertThat(report.sent()).isEqualTo(1);
        assertThat(report.refused()).isEqualTo(1);
        assertThat(core.conflicts().all()).singleElement().satisfies(c -> {
            assertThat(c.problem().status()).isEqualTo(422);
            assertThat(c.canKeepMine()).isFalse();
            assertThat(c.mine().path("summary").asText()).isEqualTo("Rejected");
        });
    }

    @Test
    void anExpiredSession_stopsTheSync_andLosesNothing() {
        MobileCore core = core();
        core.actions().logInteraction("c1", call("Later"));
        server.on("POST /api/v1/clients/c1/interactions", Answer.problem(401, "unauthorized", "Sign in"));

        SyncReport report = core.sync().sync();

        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.SIGN_IN_NEEDED);
        assertThat(core().outbox().size()).isEqualTo(1);
        assertThat(core.conflicts().size()).isZero();
    }
}
