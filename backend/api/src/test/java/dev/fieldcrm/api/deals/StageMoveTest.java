package dev.fieldcrm.api.deals;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Fetch;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.core.deals.DealService;
import dev.fieldcrm.core.deals.StageMove;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.VersionConflict;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.fieldcrm.api.deals.Deals.board;
import static dev.fieldcrm.api.deals.Deals.count;
import static dev.fieldcrm.api.deals.Deals.created;
import static dev.fieldcrm.api.deals.Deals.deal;
import static dev.fieldcrm.api.deals.Deals.money;
import static dev.fieldcrm.api.deals.Deals.move;
import static dev.fieldcrm.api.deals.Deals.moved;
import static dev.fieldcrm.api.deals.Deals.to;
import static dev.fieldcrm.api.deals.Deals.view;
import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class StageMoveTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    DynamoCalls calls;

    @Inject
    DealService deals;

    @Test
    void aStageMoveWithoutRequiredFields_isRefusedWith422_listingEveryMissingField() {
        String id = created("rep1", deal("Bare")).getString("id");
        var problem = assertProblem(move("rep1", id, 1, to("demo-done")), 422);
        assertThat(fields(problem)).containsExactlyInAnyOrder("amount", "proposalLink", "demoLink");
        assertThat(view("rep1", id).getString("deal.stageId")).as("nothing written").isEqualTo("new");
        assertThat(view("rep1", id).getList("history")).hasSize(1);
    }

    @Test
    void aStageMoveWithTheRequiredFields_isMade_andAppendsOneHistoryEntry() {
        Map<String, Object> body = deal("Complete");
        body.put("amount", money("5000", "RUB"));
        body.put("proposalLink", "https://docs.example.com/kp/1");
        String id = created("rep1", body).getString("id");

        calls.reset();
        long version = moved("rep1", id, 1, Map.of("stageId", "proposal-sent", "comment", "sent by mail"));
        assertThat(calls.made()).as("deal, settings, client owner (no client here), one transaction")
                .containsExactly("GetItem", "Query", "TransactWriteItems");
        assertThat(version).isEqualTo(2);

        JsonPath read = view("rep1", id);
        assertThat(read.getString("deal.stageId")).isEqualTo("proposal-sent");
        assertThat(read.getList("history.toStageId")).containsExactly("new", "proposal-sent");
        assertThat(read.getString("history[1].fromStageId")).isEqualTo("new");
        assertThat(read.getString("history[1].by")).isEqualTo("rep1");
        assertThat(read.getString("history[1].comment")).isEqualTo("sent by mail");
        assertThat(read.getString("history[1].at")).isEqualTo(read.getString("deal.stageEnteredAt"));
    }

    @Test
    void aMoveWithAStaleVersion_isRefusedWith412_andWithoutIfMatchWith428() {
        String id = created("rep1", deal("Stale")).getString("id");
        moved("rep1", id, 1, to("accepted"));
        var stale = assertProblem(move("rep1", id, 1, to("needs-analysed")), 412);
        assertThat(stale.getLong("currentVersion")).isEqualTo(2);
        assertProblem(as("acme", "rep1").body(to("needs-analysed")).post(Deals.DEALS + "/" + id + "/moves"), 428);
    }

    @Test
    void closingAsWonOrLost_needsAReasonFromTheTenantsList() {
        String id = created("rep1", deal("To close")).getString("id");
        assertThat(fields(assertProblem(move("rep1", id, 1, to("won")), 422))).containsExactly("reason");
        assertThat(fields(assertProblem(move("rep1", id, 1, to("lost", "the moon was wrong")), 422))).containsExactly("reason");

        long version = moved("rep1", id, 1, to("lost", "price-too-high"));
        JsonPath lost = view("rep1", id);
        assertThat(lost.getString("deal.status")).isEqualTo("LOST");
        assertThat(lost.getString("deal.closeReason")).isEqualTo("price-too-high");
        assertThat(lost.getString("history[1].reason")).isEqualTo("price-too-high");

        // Reopening a closed deal is for managers.
        assertProblem(move("rep1", id, version, to("accepted")), 403);
        long reopened = moved("mgr", id, version, to("accepted"));
        assertThat(view("rep1", id).getString("deal.status")).isEqualTo("OPEN");
        assertThat(view("rep1", id).getString("deal.closeReason")).isNull();

        moved("rep1", id, reopened, to("won", "best-price"));
        assertThat(view("rep1", id).getString("deal.status")).isEqualTo("WON");
    }

    @Test
    void freezingADeal_plansTheStepToReturnToIt_forItsOwner_onThatDayAtTen() {
        String client = Given.client("rep1");
        Map<String, Object> body = deal("Back in spring");
        body.put("clientId", client);
        String id = created("rep1", body).getString("id");
        LocalDate returnOn = LocalDate.now(MOSCOW).plusDays(30);

        // The manager freezes rep1's deal: the step still goes to the owner.
        Map<String, Object> freeze = new HashMap<>(to("frozen"));
        freeze.put("returnOn", returnOn.toString());
        calls.reset();
        moved("mgr", id, 1, freeze);
        assertThat(calls.made()).as("deal, settings, client card, the owner (the step is for someone else), one transaction")
                .containsExactly("GetItem", "Query", "Query", "GetItem", "TransactWriteItems");

        assertThat(view("rep1", id).getString("deal.frozenUntil")).isEqualTo(returnOn.toString());
        JsonPath card = Fetch.card("rep1", client);
        List<Map<String, Object>> steps = card.getList("openTasks");
        assertThat(steps).hasSize(1);
        assertThat(steps.getFirst().get("title")).isEqualTo("Return to deal Back in spring");
        assertThat(steps.getFirst().get("assigneeId")).isEqualTo("rep1");
        assertThat(steps.getFirst().get("dueAt")).isEqualTo(returnOn.atTime(10, 0).atZone(MOSCOW).toInstant().toString());

        // It is on rep1's list of open steps due by that day.
        List<String> due = as("acme", "rep1").queryParam("dueBefore", returnOn.plusDays(1).atStartOfDay(MOSCOW).toInstant().toString())
                .queryParam("limit", 200).get("/api/v1/tasks").then().statusCode(200).extract().path("items.title");
        assertThat(due).contains("Return to deal Back in spring");
    }

    @Test
    void freezingNeedsAFutureReturnDay_andAClient() {
        String id = created("rep1", deal("No client")).getString("id");
        Map<String, Object> freeze = new HashMap<>(to("frozen"));
        freeze.put("returnOn", LocalDate.now(MOSCOW).minusDays(1).toString());
        assertThat(fields(assertProblem(move("rep1", id, 1, freeze), 422))).containsExactlyInAnyOrder("returnOn", "clientId");
        assertThat(fields(assertProblem(move("rep1", id, 1, to("frozen")), 422))).containsExactlyInAnyOrder("returnOn", "clientId");
    }

    @Test
    void enteringATrial_setsTheTrialEndDay() {
        String pipeline = Deals.pipeline();
        Map<String, Object> body = deal("Trial");
        body.put("pipelineId", pipeline);
        String id = created("rep1", body).getString("id");
        moved("rep1", id, 1, to("trial"));
        // rep1 works in Moscow; the test pipeline's trial lasts 10 days.
        LocalDate expected = LocalDate.now(MOSCOW).plusDays(10);
        assertThat(LocalDate.parse(view("rep1", id).getString("deal.trialEndsAt")))
                .isBetween(expected.minusDays(1), expected);
    }

    @Test
    void theDefaultTrialStage_lasts14Days() {
        String id = created("rep1", deal("Default trial")).getString("id");
        moved("rep1", id, 1, to("trial"));
        LocalDate expected = LocalDate.now(MOSCOW).plusDays(14);
        assertThat(LocalDate.parse(view("rep1", id).getString("deal.trialEndsAt"))).isBetween(expected.minusDays(1), expected);
    }

    @Test
    void aMoveToAnUnknownStage_orTheSameStage_isRefused() {
        String id = created("rep1", deal("Nowhere")).getString("id");
        assertThat(fields(assertProblem(move("rep1", id, 1, to("contract-signed")), 422))).containsExactly("stageId");
        assertThat(fields(assertProblem(move("rep1", id, 1, to("new")), 422))).containsExactly("stageId");
    }

    @Test
    void concurrentMovesWithTheSameVersion_exactlyOneWins_historyHasOneEntry_andTalliesStayConsistent() throws Exception {
        String pipeline = Deals.pipeline();
        Map<String, Object> body = deal("Contested");
        body.put("pipelineId", pipeline);
        body.put("amount", money("700", "RUB"));
        body.put("proposalLink", "https://docs.example.com/kp/7");
        String id = created("rep1", body).getString("id");
        Caller rep1 = new Caller("acme", "rep1", Set.of(Role.REP), "east", MOSCOW);
        List<String> targets = List.of("proposal", "trial", "lost", "proposal", "trial", "proposal", "trial", "proposal");
        int threads = targets.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (String target : targets) {
                Callable<String> attempt = () -> {
                    start.await();
                    try {
                        deals.move(rep1, id, 1, new StageMove(target, "lost".equals(target) ? "no-budget" : null, null, null));
                        return "won:" + target;
                    } catch (VersionConflict conflict) {
                        return "conflict";
                    }
                };
                outcomes.add(pool.submit(attempt));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results.stream().filter(r -> r.startsWith("won:"))).hasSize(1);
            assertThat(results.stream().filter("conflict"::equals)).hasSize(threads - 1);
            String winner = results.stream().filter(r -> r.startsWith("won:")).findFirst().orElseThrow().substring(4);

            JsonPath read = view("rep1", id);
            assertThat(read.getLong("deal.version")).isEqualTo(2);
            assertThat(read.getString("deal.stageId")).isEqualTo(winner);
            assertThat(read.getList("history.toStageId")).containsExactly("new", winner);

            JsonPath board = board("rep1", pipeline);
            assertThat(count(board, "new")).isZero();
            assertThat(count(board, winner)).isEqualTo(1);
            long total = ((List<?>) board.getList("columns")).size();
            long sumOfCounts = 0;
            for (String stage : List.of("new", "proposal", "demo", "trial", "frozen", "won", "lost")) {
                sumOfCounts += count(board, stage);
            }
            assertThat(total).isEqualTo(7);
            assertThat(sumOfCounts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
