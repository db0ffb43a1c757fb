package dev.fieldcrm.api.deals;

import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.Fetch;
import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.core.deals.DealOwnership;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.fieldcrm.api.deals.Deals.created;
import static dev.fieldcrm.api.deals.Deals.deal;
import static dev.fieldcrm.api.deals.Deals.view;
import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** One deal, one owner stays true when a client changes hands: its open deals follow in the same transaction. */
@QuarkusTest
class ClientHandoverDealsTest {
    @Inject
    DynamoCalls calls;

    private static Response handOver(String user, String clientId, String newOwnerId) {
        return handOver(user, clientId, newOwnerId, clientVersion(user, clientId));
    }

    private static Response handOver(String user, String clientId, String newOwnerId, String version) {
        return as("acme", user).header("If-Match", "\"" + version + "\"").body(Map.of("ownerId", newOwnerId))
                .post("/api/v1/clients/" + clientId + "/reassign");
    }

    private static String clientVersion(String user, String clientId) {
        return Fetch.card(user, clientId).getString("client.version");
    }

    private static String dealOn(String user, String clientId, String title) {
        Map<String, Object> body = deal(title);
        body.put("clientId", clientId);
        return created(user, body).getString("id");
    }

    @Test
    void handingAClientOver_flagsItsOpenDealsOwnedByTheOldOwner_andUnflagsThemWhenItComesBack() {
        String client = Given.client("rep1");
        String id = dealOn("rep1", client, "Follows the client");
        assertThat(view("rep1", id).getBoolean("deal.ownershipMismatch")).isFalse();

        String version = clientVersion("mgr", client);
        calls.reset();
        handOver("mgr", client, "rep2", version).then().statusCode(200);
        assertThat(calls.made()).as("card (the client and its open deals), new owner, the deals to change, one transaction")
                .containsExactly("Query", "GetItem", "BatchGetItem", "TransactWriteItems");

        JsonPath flagged = view("mgr", id);
        assertThat(flagged.getBoolean("deal.ownershipMismatch")).isTrue();
        assertThat(flagged.getString("deal.ownerId")).as("the deal keeps its owner").isEqualTo("rep1");
        assertThat(flagged.getLong("deal.version")).isEqualTo(2);
        JsonPath card = Fetch.card("mgr", client);
        assertThat(card.getLong("openDeals[0].dealVersion")).as("the card summary follows the deal's version").isEqualTo(2);

        handOver("mgr", client, "rep1").then().statusCode(200);
        JsonPath back = view("rep1", id);
        assertThat(back.getBoolean("deal.ownershipMismatch")).isFalse();
        assertThat(back.getLong("deal.version")).isEqualTo(3);
        assertThat(Fetch.card("rep1", client).getLong("openDeals[0].dealVersion")).isEqualTo(3);
    }

    @Test
    void aDealOfTheNewOwner_losesItsMismatch_andAnEditWithTheOldVersionGets412() {
        String client = Given.client("rep1");
        // The manager's own deal on rep1's client: a mismatch until the client is the manager's.
        String id = dealOn("mgr", client, "Manager's deal");
        assertThat(view("mgr", id).getBoolean("deal.ownershipMismatch")).isTrue();

        handOver("mgr", client, "mgr").then().statusCode(200);
        assertThat(view("mgr", id).getBoolean("deal.ownershipMismatch")).isFalse();
        assertProblem(as("acme", "mgr").header("If-Match", "\"1\"").body(deal("Stale edit"))
                .put(Deals.DEALS + "/" + id), 412);
    }

    @Test
    void aClosedDeal_keepsTheFlagItClosedWith() {
        String client = Given.client("rep1");
        String id = dealOn("rep1", client, "Closed before the handover");
        Deals.moved("rep1", id, 1, Deals.to("lost", "no-budget"));

        String version = clientVersion("mgr", client);
        calls.reset();
        handOver("mgr", client, "rep2", version).then().statusCode(200);
        assertThat(calls.made()).as("no open deal to follow: no deal read").containsExactly("Query", "GetItem", "TransactWriteItems");
        JsonPath closed = view("mgr", id);
        assertThat(closed.getBoolean("deal.ownershipMismatch")).isFalse();
        assertThat(closed.getLong("deal.version")).isEqualTo(2);
    }

    @Test
    void aHandoverThatWouldChangeMoreOpenDealsThanOneTransactionHolds_isRefusedWith422_andChangesNothing() {
        String client = Given.client("rep1");
        String first = null;
        for (int i = 0; i <= DealOwnership.MAX_DEALS_FOLLOWING; i++) {
            String id = dealOn("rep1", client, "Deal " + i);
            first = first == null ? id : first;
        }
        var problem = assertProblem(handOver("mgr", client, "rep2"), 422);
        assertThat(problem.getString("errors[0].field")).isEqualTo("ownerId");
        assertThat(problem.getString("errors[0].message")).contains("31 open deals").contains("at most 30");
        assertThat(Fetch.card("rep1", client).getString("client.ownerId")).isEqualTo("rep1");
        assertThat(view("rep1", first).getBoolean("deal.ownershipMismatch")).isFalse();
    }

    @Test
    void aHandoverByARep_orFromAnotherTenant_changesNoDeal() {
        String client = Given.client("rep1");
        String id = dealOn("rep1", client, "Stays put");
        assertProblem(as("acme", "rep1").header("If-Match", "\"1\"").body(Map.of("ownerId", "rep2"))
                .post("/api/v1/clients/" + client + "/reassign"), 403);
        assertProblem(as("globex", "gmgr").header("If-Match", "\"1\"").body(Map.of("ownerId", "grep"))
                .post("/api/v1/clients/" + client + "/reassign"), 404);
        JsonPath unchanged = view("rep1", id);
        assertThat(unchanged.getBoolean("deal.ownershipMismatch")).isFalse();
        assertThat(unchanged.getLong("deal.version")).isEqualTo(1);
    }
}
