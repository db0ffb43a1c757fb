package dev.fieldcrm.api.deals;

import dev.fieldcrm.api.support.Given;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.deals.Deals.DEALS;
import static dev.fieldcrm.api.deals.Deals.created;
import static dev.fieldcrm.api.deals.Deals.deal;
import static dev.fieldcrm.api.deals.Deals.to;
import static dev.fieldcrm.api.deals.Deals.view;
import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Deals are seen and changed by their owner, the owner's team manager and the tenant's admin — nobody else. */
@QuarkusTest
class DealAccessTest {

    private static void assertCannotTouch(String tenant, String user, String dealId) {
        assertProblem(as(tenant, user).get(DEALS + "/" + dealId), 404);
        assertProblem(as(tenant, user).header("If-Match", "\"1\"").body(deal("Taken over")).put(DEALS + "/" + dealId), 404);
        assertProblem(as(tenant, user).header("If-Match", "\"1\"").body(to("accepted")).post(DEALS + "/" + dealId + "/moves"), 404);
    }

    @Test
    void aUserOfAnotherTenant_cannotReadUpdateOrMoveADeal_norSeeItInLists() {
        String id = created("rep1", deal("Acme only")).getString("id");
        assertCannotTouch("globex", "grep", id);
        assertCannotTouch("globex", "gmgr", id);
        List<String> theirs = as("globex", "gmgr").get(DEALS).then().statusCode(200).extract().path("items.id");
        assertThat(theirs).doesNotContain(id);
        assertProblem(as("globex", "gmgr").queryParam("ownerId", "rep1").get(DEALS), 404);
        assertThat(view("rep1", id).getLong("deal.version")).as("untouched").isEqualTo(1);
    }

    @Test
    void anotherRep_ofTheSameOrAnotherTeam_cannotReadUpdateOrMoveADeal() {
        String id = created("rep1", deal("Rep1's")).getString("id");
        assertCannotTouch("acme", "rep2", id);
        assertCannotTouch("acme", "rep3", id);
        assertThat(view("rep1", id).getLong("deal.version")).isEqualTo(1);
    }

    @Test
    void aManagerOfAnotherTeam_cannotSeeTheDeal_butTheTeamsManagerAndTheAdminCan() {
        String id = created("rep3", deal("West")).getString("id");
        assertCannotTouch("acme", "mgr", id);
        view("adm", id);
        String east = created("rep1", deal("East")).getString("id");
        assertThat(view("mgr", east).getString("deal.ownerId")).isEqualTo("rep1");
    }

    @Test
    void listFiltersDoNotOpenOtherPeoplesDeals() {
        assertProblem(as("acme", "rep2").queryParam("ownerId", "rep1").get(DEALS), 403);
        assertProblem(as("acme", "rep2").queryParam("ownerId", "rep1").get(DEALS + "/board"), 403);
        assertProblem(as("acme", "mgr").queryParam("ownerId", "rep3").get(DEALS), 404);
        String rep1sClient = Given.client("rep1");
        assertProblem(as("acme", "rep2").queryParam("clientId", rep1sClient).get(DEALS), 404);
        assertProblem(as("globex", "grep").queryParam("clientId", rep1sClient).get(DEALS), 404);
    }

    @Test
    void aRepCannotCreateADealOnAnotherRepsClient_norHandADealOver() {
        String rep1sClient = Given.client("rep1");
        Map<String, Object> body = deal("Poaching");
        body.put("clientId", rep1sClient);
        assertProblem(as("acme", "rep2").body(body).post(DEALS), 422);
        String id = created("rep1", deal("Mine")).getString("id");
        assertProblem(as("acme", "rep1").header("If-Match", "\"1\"").body(Map.of("ownerId", "rep2"))
                .post(DEALS + "/" + id + "/reassign"), 403);
        // A manager hands deals over within the team only.
        assertProblem(as("acme", "mgr").header("If-Match", "\"1\"").body(Map.of("ownerId", "rep3"))
                .post(DEALS + "/" + id + "/reassign"), 422);
    }
}
