package dev.fieldcrm.api.mobile;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.SyncFixtures;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.dynamo.SyncServices;
import dev.fieldcrm.mobile.core.MobileCore;
import dev.fieldcrm.mobile.core.api.ApiException;
import dev.fieldcrm.mobile.core.api.ApiRequest;
import dev.fieldcrm.mobile.core.api.ApiResponse;
import dev.fieldcrm.mobile.core.outbox.NewInteraction;
import dev.fieldcrm.mobile.core.outbox.NextStep;
import dev.fieldcrm.mobile.core.outbox.OutboxCommand;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.RecordKind;
import dev.fieldcrm.mobile.core.sync.Conflict;
import dev.fieldcrm.mobile.core.sync.SyncEngine;
import dev.fieldcrm.mobile.core.sync.SyncReport;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mobile core's outbox against this API running in-process (DynamoDB Local): what the rep did offline reaches
 * the server once, conflicts come back to the rep, and another rep's client cannot be written; the pull from
 * {@code /api/v1/sync} brings the rep's scope (snapshot, then the feed). The API tests have no stream: a test hands
 * the worker's feed listener the change the stream would carry, as {@code SyncApiTest} does.
 */
@QuarkusTest
class MobileCoreAgainstApiTest {
    @TempDir
    Path device;

    @Inject
    SyncServices feed;

    private static URI api() {
        return URI.create("http://localhost:" + RestAssured.port);
    }

    /** The app on the device, opened (again) at {@code clock}'s time and signed in as {@code user} of acme. */
    private MobileCore appOnline(String user, Clock clock) throws ApiException {
        return appOnline(device, user, clock);
    }

    private MobileCore appOnline(Path storage, String user, Clock clock) throws ApiException {
        return Phones.online(storage, user, clock);
    }

    private MobileCore appOffline() throws Exception {
        return Phones.offline(device);
    }

    /** Puts the client's profile into the device store as sync would (contract B: kind client = card's client). */
    private static void takeClientOnto(MobileCore core, String clientId) throws ApiException {
        JsonNode client = core.api().send(ApiRequest.get("/api/v1/clients/" + clientId)).body().get("client");
        core.store().put(new LocalRecord(RecordKind.CLIENT, clientId, clientId, client.get("version").asLong(),
                Instant.now(), client, false));
        core.store().flush();
    }

    private static NewInteraction visit(String summary, Instant nextStepDue) {
        return new NewInteraction("VISIT", Instant.now().minus(5, ChronoUnit.MINUTES), summary, "Interested", null,
                NextStep.of("CALL", "Call back about the order", nextStepDue), null, null,
                new NewInteraction.CheckIn(55.75, 37.61, 12.5, Instant.now().minus(6, ChronoUnit.MINUTES)), null);
    }

    private static List<String> idsOf(MobileCore core, RecordKind kind) {
        return core.store().all(kind).stream().map(LocalRecord::id).toList();
    }

    private static String clientName(MobileCore core, String clientId) {
        return core.store().get(RecordKind.CLIENT, clientId).orElseThrow().data().path("details").path("name").asText();
    }

    private static List<String> journalSummaries(String user, String clientId) {
        return as("acme", user).get("/api/v1/clients/" + clientId + "/interactions")
                .then().statusCode(200).extract().path("items.summary");
    }

    @Test
    void aVisitLoggedOffline_reachesTheServerOnceAfterARestart_andTheDeviceShowsTheServersRecords() throws Exception {
        String clientId = Given.client("rep1");
        Instant due = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String summary = "Offline visit " + clientId;

        MobileCore offline = appOffline();
        OutboxCommand queued = offline.actions().logInteraction(clientId, visit(summary, due));
        assertThat(offline.sync().sync().outcome()).isEqualTo(SyncReport.Outcome.OFFLINE);
        assertThat(offline.store().get(RecordKind.INTERACTION, queued.id())).get()
                .extracting(LocalRecord::pending).isEqualTo(true);

        MobileCore restarted = appOnline("rep1", Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)));
        var pushed = restarted.sync().push();

        assertThat(pushed.sent()).isEqualTo(1);
        assertThat(pushed.stop()).isNull();
        assertThat(journalSummaries("rep1", clientId)).containsExactly(summary);
        LocalRecord interaction = restarted.store().ofClient(RecordKind.INTERACTION, clientId).getFirst();
        assertThat(interaction.id()).isNotEqualTo(queued.id());
        assertThat(interaction.pending()).isFalse();
        assertThat(interaction.data().path("checkIn").path("accuracyMeters").asDouble()).isEqualTo(12.5);
        LocalRecord nextTask = restarted.store().ofClient(RecordKind.TASK, clientId).getFirst();
        assertThat(nextTask.data().path("dueAt").asText()).isEqualTo(due.toString());
        // The card's open steps, not today's agenda: whether "in an hour" is still today depends on rep1's zone.
        assertThat(as("acme", "rep1").get("/api/v1/clients/" + clientId)
                .then().statusCode(200).extract().<List<String>>path("openTasks.id")).containsExactly(nextTask.id());
        assertThat(restarted.outbox().pending()).isEmpty();
    }

    @Test
    void aCommandSentAgainAfterItsAnswerWasLost_isReplayed_andActsOnlyOnce() throws Exception {
        String clientId = Given.client("rep1");
        MobileCore app = appOnline("rep1", Clock.systemUTC());
        OutboxCommand command = app.actions().logInteraction(clientId,
                visit("Sent twice " + clientId, Instant.now().plus(2, ChronoUnit.HOURS)));
        // The app sent it, the server acted, and the app was killed before it could note the answer.
        ApiResponse lostAnswer = app.api().send(command.request());

        var pushed = app.sync().push();

        assertThat(pushed.sent()).isEqualTo(1);
        assertThat(journalSummaries("rep1", clientId)).containsExactly("Sent twice " + clientId);
        assertThat(app.store().ofClient(RecordKind.INTERACTION, clientId)).extracting(LocalRecord::id)
                .containsExactly(lostAnswer.body().path("interaction").path("id").asText());
    }

    @Test
    void aStepMovedOnTheServerMeanwhile_comesBackAsAConflict_andKeepMineAppliesTheRepsTime() throws Exception {
        String clientId = Given.client("rep1");
        Instant planned = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String taskId = Given.task("rep1", clientId, Map.of("kind", "VISIT", "title", "Visit", "dueAt",
                planned.toString()));
        MobileCore app = appOnline("rep1", Clock.systemUTC());
        JsonNode card = app.api().send(ApiRequest.get("/api/v1/clients/" + clientId)).body();
        JsonNode task = card.get("openTasks").get(0);
        app.store().put(new LocalRecord(RecordKind.TASK, taskId, clientId, task.get("version").asLong(),
                Instant.now(), task, false));
        // The manager's web UI (here: the API) moves the step while the rep's phone is offline.
        Instant theirs = planned.plus(2, ChronoUnit.HOURS);
        as("acme", "rep1").header("If-Match", "\"" + task.get("version").asLong() + "\"")
                .body(Map.of("dueAt", theirs.toString()))
                .patch("/api/v1/clients/" + clientId + "/tasks/" + taskId).then().statusCode(200);
        Instant mine = planned.plus(3, ChronoUnit.HOURS);
        app.actions().rescheduleTask(taskId, mine);

        var refused = app.sync().push();

        assertThat(refused.refused()).isEqualTo(1);
        Conflict conflict = app.conflicts().all().getFirst();
        assertThat(conflict.problem().status()).isIn(409, 412);
        assertThat(conflict.theirs().path("dueAt").asText()).isEqualTo(theirs.toString());
        assertThat(conflict.mine().path("dueAt").asText()).isEqualTo(mine.toString());
        assertThat(conflict.canKeepMine()).isTrue();

        app.sync().keepMine(conflict.id());
        var resent = app.sync().push();

        assertThat(resent.sent()).isEqualTo(1);
        assertThat(app.conflicts().all()).isEmpty();
        JsonNode server = app.api().send(ApiRequest.get("/api/v1/clients/" + clientId)).body().get("openTasks").get(0);
        assertThat(server.path("dueAt").asText()).isEqualTo(mine.toString());
        assertThat(app.store().get(RecordKind.TASK, taskId).orElseThrow().data().path("dueAt").asText())
                .isEqualTo(mine.toString());
    }

    @Test
    void anotherRepsClient_cannotBeWrittenFromTheOutbox_andTheRefusalIsShownNotDropped() throws Exception {
        String othersClient = Given.client("rep1");
        MobileCore app = appOnline("rep3", Clock.systemUTC());
        app.actions().logInteraction(othersClient, visit("Not mine", Instant.now().plus(1, ChronoUnit.HOURS)));

        var pushed = app.sync().push();

        assertThat(pushed.sent()).isZero();
        assertThat(pushed.refused()).isEqualTo(1);
        assertThat(app.conflicts().all().getFirst().problem().status()).isIn(403, 404);
        assertThat(journalSummaries("rep1", othersClient)).doesNotContain("Not mine");
    }

    @Test
    void aTenantsTokenCannotReachAnotherTenantsClient() throws Exception {
        String acmeClient = Given.client("rep1");
        MobileCore app = MobileCore.open(device, api(), Clock.systemUTC());
        app.api().localLogin("globex", "grep");
        app.actions().logInteraction(acmeClient, visit("Cross tenant", Instant.now().plus(1, ChronoUnit.HOURS)));

        var pushed = app.sync().push();

        assertThat(pushed.refused()).isEqualTo(1);
        assertThat(app.conflicts().all().getFirst().problem().status()).isIn(403, 404);
        assertThat(journalSummaries("rep1", acmeClient)).doesNotContain("Cross tenant");
    }

    @Test
    void aFreshDevicesFirstSync_takesTheSnapshotOfItsRepsScope_andHoldsNoneOfAnotherRepsClients() throws Exception {
        String rep = SyncFixtures.freshRep("acme");
        String other = SyncFixtures.freshRep("acme");
        String withContact = Given.client(rep);
        String withStep = Given.client(rep);
        String contactId = Given.contact(rep, withContact, "Ольга");
        String taskId = Given.task(rep, withStep, Map.of("kind", "VISIT", "title", "Visit",
                "dueAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()));
        String othersClient = Given.client(other);
        MobileCore app = appOnline(rep, Clock.systemUTC());

        SyncReport report = app.sync().sync();

        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.DONE);
        assertThat(report.snapshot()).isTrue();
        assertThat(idsOf(app, RecordKind.CLIENT)).containsExactlyInAnyOrder(withContact, withStep)
                .doesNotContain(othersClient);
        assertThat(app.store().ofClient(RecordKind.CONTACT, withContact)).extracting(LocalRecord::id)
                .containsExactly(contactId);
        assertThat(app.store().ofClient(RecordKind.TASK, withStep)).extracting(LocalRecord::id).containsExactly(taskId);
        JsonNode profile = app.api().send(ApiRequest.get("/api/v1/clients/" + withContact)).body().get("client");
        LocalRecord stored = app.store().get(RecordKind.CLIENT, withContact).orElseThrow();
        assertThat(stored.data()).isEqualTo(profile);
        assertThat(stored.version()).isEqualTo(profile.get("version").asLong());
        assertThat(stored.pending()).isFalse();
    }

    @Test
    void theNextSync_appliesAManagersRename_andRemovesAClientHandedOverToAnotherRep_whoseDeviceGetsIt(
            @TempDir Path othersDevice) throws Exception {
        String rep = SyncFixtures.freshRep("acme");
        String other = SyncFixtures.freshRep("acme");
        String kept = Given.client(rep);
        String handedOver = Given.client(rep);
        String handedOversContact = Given.contact(rep, handedOver, "Пётр");
        MobileCore app = appOnline(rep, Clock.systemUTC());
        MobileCore othersApp = appOnline(othersDevice, other, Clock.systemUTC());
        app.sync().sync();
        othersApp.sync().sync();
        assertThat(idsOf(app, RecordKind.CONTACT)).containsExactly(handedOversContact);

        Client keptBefore = SyncFixtures.storedClient("acme", kept);
        String newName = "Renamed by the manager " + kept;
        as("acme", "mgr").header("If-Match", "\"1\"").body(TestData.client(newName))
                .put("/api/v1/clients/" + kept).then().statusCode(200);
        SyncFixtures.streamed(feed, "acme", keptBefore, SyncFixtures.storedClient("acme", kept));
        Client handedBefore = SyncFixtures.storedClient("acme", handedOver);
        as("acme", "mgr").header("If-Match", "\"1\"").body(Map.of("ownerId", other))
                .post("/api/v1/clients/" + handedOver + "/reassign").then().statusCode(200);
        SyncFixtures.streamed(feed, "acme", handedBefore, SyncFixtures.storedClient("acme", handedOver));

        SyncReport report = app.sync().sync();

        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.DONE);
        assertThat(report.snapshot()).isFalse();
        assertThat(clientName(app, kept)).isEqualTo(newName);
        assertThat(app.store().get(RecordKind.CLIENT, kept).orElseThrow().version()).isEqualTo(2L);
        assertThat(idsOf(app, RecordKind.CLIENT)).containsExactly(kept);
        assertThat(idsOf(app, RecordKind.CONTACT)).isEmpty();

        assertThat(othersApp.sync().sync().snapshot()).isFalse();
        assertThat(idsOf(othersApp, RecordKind.CLIENT)).containsExactly(handedOver);
        assertThat(othersApp.store().get(RecordKind.CLIENT, handedOver).orElseThrow().data().path("ownerId").asText())
                .isEqualTo(other);
        assertThat(idsOf(othersApp, RecordKind.CONTACT)).containsExactly(handedOversContact);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "RnwyMDIwLTAxLTAxVDAwOjAwOjAwLjAwMFo", // F|2020-01-01T00:00:00.000Z: older than the feed keeps (410)
            "not a cursor!"})                      // nothing this API gave out (400)
    void aCursorTheApiNoLongerTakes_makesTheDeviceTakeANewSnapshot_thatDropsWhatLeftTheScope(String staleCursor)
            throws Exception {
        String rep = SyncFixtures.freshRep("acme");
        String mine = Given.client(rep);
        String noLongerMine = Given.client("rep1");
        MobileCore app = appOnline(rep, Clock.systemUTC());
        takeClientOnto(app, mine);
        app.store().put(new LocalRecord(RecordKind.CLIENT, noLongerMine, noLongerMine, 1L, Instant.now(),
                app.store().newObject().put("id", noLongerMine), false));
        app.store().putDocument(SyncEngine.STATE_DOCUMENT, app.store().newObject().put("cursor", staleCursor));
        app.store().flush();

        SyncReport report = app.sync().sync();

        assertThat(report.outcome()).isEqualTo(SyncReport.Outcome.DONE);
        assertThat(report.snapshot()).isTrue();
        assertThat(idsOf(app, RecordKind.CLIENT)).containsExactly(mine);
        assertThat(app.sync().sync().snapshot()).as("the snapshot's cursor is taken by the API").isFalse();
    }
}
