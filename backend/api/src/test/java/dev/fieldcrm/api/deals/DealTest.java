package dev.fieldcrm.api.deals;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Fetch;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.deals.Deals.DEALS;
import static dev.fieldcrm.api.deals.Deals.created;
import static dev.fieldcrm.api.deals.Deals.deal;
import static dev.fieldcrm.api.deals.Deals.money;
import static dev.fieldcrm.api.deals.Deals.moved;
import static dev.fieldcrm.api.deals.Deals.to;
import static dev.fieldcrm.api.deals.Deals.view;
import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DealTest {
    @Inject
    DynamoCalls calls;

    @Inject
    dev.fieldcrm.core.deals.DealService deals;

    @Test
    void aNewDeal_startsAtTheFirstStageOfTheClientsPipeline_ownedByItsCreator_withOneHistoryEntry() {
        String client = Given.client("rep1");
        Map<String, Object> body = deal("Shelving for 3 stores");
        body.put("clientId", client);
        body.put("amount", money("250000.50", "RUB"));
        body.put("source", "website-form");
        body.put("customFields", Map.of("region", "Tver"));

        calls.reset();
        JsonPath deal = created("rep1", body);
        assertThat(calls.made()).as("settings, client card, one transaction")
                .containsExactly("Query", "Query", "TransactWriteItems");

        assertThat(deal.getString("pipelineId")).isEqualTo("clients");
        assertThat(deal.getString("stageId")).isEqualTo("new");
        assertThat(deal.getString("status")).isEqualTo("OPEN");
        assertThat(deal.getString("ownerId")).isEqualTo("rep1");
        assertThat(deal.getString("teamId")).isEqualTo("east");
        assertThat(deal.getString("amount.amount")).isEqualTo("250000.50");
        assertThat(deal.getBoolean("ownershipMismatch")).isFalse();
        assertThat(deal.getLong("version")).isEqualTo(1);

        calls.reset();
        JsonPath read = view("rep1", deal.getString("id"));
        assertThat(calls.made()).containsExactly("Query");
        assertThat(read.getString("deal.title")).isEqualTo("Shelving for 3 stores");
        assertThat(read.getString("deal.customFields.region")).isEqualTo("Tver");
        assertThat(read.getList("history.toStageId")).containsExactly("new");
    }

    @Test
    void aDealWithoutAClient_isAllowed_andNotFlagged() {
        JsonPath deal = created("rep1", deal("Lead from the fair"));
        assertThat(deal.getString("clientId")).isNull();
        assertThat(deal.getBoolean("ownershipMismatch")).isFalse();
    }

    @Test
    void badReferences_areRefusedWith422_listingEveryField() {
        String client = Given.client("rep1");
        String othersClient = Given.client("rep3");
        Map<String, Object> body = deal("Bad refs");
        body.put("clientId", othersClient);
        body.put("partnerId", TestData.ulid());
        body.put("source", "carrier-pigeon");
        var problem = assertProblem(as("acme", "rep1").body(body).post(DEALS), 422);
        assertThat(fields(problem)).containsExactlyInAnyOrder("clientId", "partnerId", "source");

        Map<String, Object> strayContact = deal("Contact of another client");
        strayContact.put("clientId", client);
        strayContact.put("contactId", TestData.ulid());
        assertThat(fields(assertProblem(as("acme", "rep1").body(strayContact).post(DEALS), 422))).containsExactly("contactId");

        Map<String, Object> tooMany = deal("Too many custom fields");
        Map<String, String> custom = new java.util.HashMap<>();
        for (int i = 0; i < 31; i++) {
            custom.put("f" + i, "v");
        }
        tooMany.put("customFields", custom);
        assertThat(fields(assertProblem(as("acme", "rep1").body(tooMany).post(DEALS), 422))).containsExactly("customFields");
    }

    @Test
    void aContactAndAPartner_areLinked_whenTheyExist() {
        String client = Given.client("rep1");
        String contact = as("acme", "rep1").body(Map.of("name", "Irina Petrova"))
                .post("/api/v1/clients/" + client + "/contacts").then().statusCode(201).extract().path("id");
        String partner = Given.client("rep3");
        Map<String, Object> body = deal("Via partner");
        body.put("clientId", client);
        body.put("contactId", contact);
        body.put("partnerId", partner);
        JsonPath deal = created("rep1", body);
        assertThat(deal.getString("contactId")).isEqualTo(contact);
        assertThat(deal.getString("partnerId")).isEqualTo(partner);
    }

    @Test
    void aDealOnAClientOwnedBySomeoneElse_isFlaggedAsOwnershipMismatch_andTheFlagFollowsReassignment() {
        String client = Given.client("rep2");
        Map<String, Object> body = deal("One deal, one owner");
        body.put("clientId", client);
        // The manager may work rep2's client, so the deal is the manager's while the client is rep2's.
        JsonPath deal = created("mgr", body);
        assertThat(deal.getBoolean("ownershipMismatch")).isTrue();

        JsonPath handedOver = as("acme", "mgr").header("If-Match", "\"1\"").body(Map.of("ownerId", "rep2"))
                .post(DEALS + "/" + deal.getString("id") + "/reassign").then().statusCode(200).extract().jsonPath();
        assertThat(handedOver.getString("ownerId")).isEqualTo("rep2");
        assertThat(handedOver.getBoolean("ownershipMismatch")).isFalse();
    }

    @Test
    void theCallerCannotSetTheOwnershipFlag_itIsRefusedAsAnUnknownField() {
        Map<String, Object> body = deal("Sneaky");
        body.put("ownershipMismatch", true);
        assertThat(fields(assertProblem(as("acme", "rep1").body(body).post(DEALS), 400))).containsExactly("ownershipMismatch");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKey_createsOneDeal_andReplaysTheFirstResponse() {
        String key = "deal-" + TestData.next() + "-retry";
        Map<String, Object> body = deal("Retried " + TestData.next());
        String first = as("acme", "rep1").header("Idempotency-Key", key).body(body).post(DEALS)
                .then().statusCode(201).extract().path("id");
        var replay = as("acme", "rep1").header("Idempotency-Key", key).body(body).post(DEALS);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.jsonPath().getString("id")).isEqualTo(first);
    }

    @Test
    void anOfflineCreateWithAClientId_isStoredOnce_andAReplayReturnsTheStoredDeal() {
        String id = TestData.ulid();
        Map<String, Object> body = deal("Offline " + id);
        JsonPath first = as("acme", "rep1").body(body).put(DEALS + "/" + id).then().statusCode(200).extract().jsonPath();
        JsonPath again = as("acme", "rep1").body(body).put(DEALS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(first.getString("id")).isEqualTo(id);
        assertThat(again.getString("createdAt")).isEqualTo(first.getString("createdAt"));
        assertThat(view("rep1", id).getList("history")).hasSize(1);
    }

    @Test
    void anUpdateWithTheCurrentVersion_changesTheDeal_andAStaleOneIsRefusedWith412() {
        String id = created("rep1", deal("Before")).getString("id");
        Map<String, Object> body = deal("After");
        body.put("budget", money("100000", "RUB"));
        JsonPath updated = as("acme", "rep1").header("If-Match", "\"1\"").body(body).put(DEALS + "/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").extract().jsonPath();
        assertThat(updated.getString("title")).isEqualTo("After");

        var stale = assertProblem(as("acme", "rep1").header("If-Match", "\"1\"").body(deal("Lost update")).put(DEALS + "/" + id), 412);
        assertThat(stale.getLong("currentVersion")).isEqualTo(2);
        assertThat(view("rep1", id).getString("deal.title")).isEqualTo("After");
    }

    @Test
    void aDealStaysInItsPipeline() {
        String id = created("rep1", deal("Stays")).getString("id");
        Map<String, Object> body = deal("Stays");
        body.put("pipelineId", "partners");
        assertThat(fields(assertProblem(as("acme", "rep1").header("If-Match", "\"1\"").body(body).put(DEALS + "/" + id), 422)))
                .containsExactly("pipelineId");
    }

    @Test
    void theClientCard_showsOpenDeals_followsTheirChanges_andDropsThemWhenClosed() {
        String client = Given.client("rep1");
        String other = Given.client("rep1");
        Map<String, Object> body = deal("On the card");
        body.put("clientId", client);
        body.put("amount", money("1000", "RUB"));
        String id = created("rep1", body).getString("id");

        calls.reset();
        JsonPath card = Fetch.card("rep1", client);
        assertThat(calls.made()).containsExactly("Query");
        assertThat(card.getList("openDeals.dealId")).containsExactly(id);
        assertThat(card.getString("openDeals[0].stageName")).isEqualTo("New");

        long version = moved("rep1", id, 1, to("accepted"));
        assertThat(Fetch.card("rep1", client).getString("openDeals[0].stageId")).isEqualTo("accepted");

        // Moving the deal to another client moves its summary too.
        Map<String, Object> elsewhere = deal("On the card");
        elsewhere.put("clientId", other);
        as("acme", "rep1").header("If-Match", "\"" + version + "\"").body(elsewhere).put(DEALS + "/" + id).then().statusCode(200);
        assertThat(Fetch.card("rep1", client).getList("openDeals")).isEmpty();
        assertThat(Fetch.card("rep1", other).getList("openDeals.dealId")).containsExactly(id);

        moved("rep1", id, version + 1, to("lost", "no-budget"));
        assertThat(Fetch.card("rep1", other).getList("openDeals")).isEmpty();
    }

    @Test
    void aProposalLink_isSetByAnUpdate_andMustBeAnHttpUrl() {
        String id = created("rep1", deal("Needs a proposal")).getString("id");
        Map<String, Object> body = deal("Needs a proposal");
        body.put("proposalLink", "https://files.example.com/kp-1.pdf");
        JsonPath updated = as("acme", "rep1").header("If-Match", "\"1\"").body(body).put(DEALS + "/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(updated.getString("proposalLink")).isEqualTo("https://files.example.com/kp-1.pdf");
        Map<String, Object> notAUrl = deal("Needs a proposal");
        notAUrl.put("proposalLink", "kp-1.pdf");
        assertThat(fields(assertProblem(as("acme", "rep1").header("If-Match", "\"2\"").body(notAUrl).put(DEALS + "/" + id), 422)))
                .containsExactly("proposalLink");
        assertThat(List.of(view("rep1", id).getString("deal.proposalLink"))).containsExactly("https://files.example.com/kp-1.pdf");
    }

    @Test
    void linkingAProposal_setsTheLink_onlyWithTheCurrentVersion_andOnlyForWhoMayWorkTheDeal() {
        // The use case the proposals feature calls once it has generated the document.
        var rep1 = new dev.fieldcrm.core.shared.Caller("acme", "rep1", java.util.Set.of(dev.fieldcrm.core.shared.Role.REP),
                "east", java.time.ZoneId.of("Europe/Moscow"));
        var rep2 = new dev.fieldcrm.core.shared.Caller("acme", "rep2", java.util.Set.of(dev.fieldcrm.core.shared.Role.REP),
                "east", java.time.ZoneId.of("Asia/Vladivostok"));
        String id = created("rep1", deal("Proposal to come")).getString("id");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deals.linkProposal(rep2, id, 1, "https://files.example.com/kp.pdf"))
                .isInstanceOf(dev.fieldcrm.core.shared.NotFound.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> deals.linkProposal(rep1, id, 7, "https://files.example.com/kp.pdf"))
                .isInstanceOf(dev.fieldcrm.core.shared.VersionConflict.class);
        var linked = deals.linkProposal(rep1, id, 1, "https://files.example.com/kp.pdf");
        assertThat(linked.version()).isEqualTo(2);
        assertThat(view("rep1", id).getString("deal.proposalLink")).isEqualTo("https://files.example.com/kp.pdf");
    }
}
