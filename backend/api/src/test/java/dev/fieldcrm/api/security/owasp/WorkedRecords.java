package dev.fieldcrm.api.security.owasp;

import dev.fieldcrm.api.imports.Jobs;
import dev.fieldcrm.api.security.ArrangedClientAccess;
import dev.fieldcrm.api.support.InboundRequests;
import dev.fieldcrm.api.support.LeadCapture;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.api.webforms.FormFixtures;
import dev.fieldcrm.api.webhooks.DownReceiver;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.dynamo.HygieneServices;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.InboundStatus;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.fieldcrm.api.support.Api.as;

/**
 * Acme records that exist only once the worker's part has run (stream processing of a form submission, webhook
 * dispatch, hygiene evaluation, a job), made in this JVM with the core's own pieces the way the feature's tests make
 * them. Each answers the record as the API lists it (its id and texts are taken from it).
 */
final class WorkedRecords {
    private WorkedRecords() {
    }

    /**
     * A lead of rep1: a public submission of acme's arranged form, processed from the table's stream, then handed to
     * rep1 by the admin if the assignment rules (working hours, round robin) gave it to someone else or no one.
     */
    static Map<String, Object> lead(String url) {
        Map<String, Object> form = Arrangers.arranged("/api/v1/web-forms", "/api/v1/web-forms").orElseThrow();
        String key = (String) form.get("publicKey");
        String email = "owasp.lead." + TestData.next() + "@example.com";
        LeadCapture capture = LeadCapture.fromNow();
        FormFixtures.visitor().header("Origin", FormFixtures.SITE)
                .body(FormFixtures.submission("sub-" + Ids.newId(), FormFixtures.token(key), email))
                .post("/api/v1/forms/" + key + "/submissions").then().statusCode(202);
        capture.processUntil("acme", () -> leadOf(url, email).isPresent());
        Map<String, Object> lead = leadOf(url, email).orElseThrow();
        String id = (String) lead.get("id");
        if (!"rep1".equals(lead.get("ownerId"))) {
            String etag = as("acme", "adm").get(url + "/" + id).then().statusCode(200).extract().header("ETag");
            as("acme", "adm").header("If-Match", etag).body(Map.of("ownerId", "rep1")).post(url + "/" + id + "/reassign")
                    .then().statusCode(200);
        }
        return Targets.record(as("acme", "rep1").get(url + "/" + id).then().statusCode(200).extract().jsonPath().getMap("$"));
    }

    private static Optional<Map<String, Object>> leadOf(String url, String email) {
        List<Map<String, Object>> leads = as("acme", "adm").queryParam("limit", 200).get(url).then().statusCode(200)
                .extract().jsonPath().getList("items");
        return leads.stream().filter(lead -> email.equals(lead.get("email"))).findFirst();
    }

    /** A request given up after three failed runs (stored as processing leaves it: see {@link InboundRequests}). */
    static Map<String, Object> failedRequest(String url) {
        InboundRequest failed = InboundRequests.store("acme",
                InboundRequests.request(Instant.now().truncatedTo(ChronoUnit.MILLIS), InboundStatus.FAILED));
        return Map.of("id", failed.id());
    }

    /** A failed delivery of rep1's arranged client's creation to the webhook the URL names (subscribed to it). */
    static Map<String, Object> delivery(String url) {
        Caller rep1 = new Caller("acme", "rep1", Set.of(Role.REP), "east", ZoneId.of("UTC"));
        Client client = Arc.container().instance(ClientService.class).get()
                .card(rep1, ArrangedClientAccess.rep1Client().clientId()).client();
        DownReceiver.failedDeliveriesOf("acme", client);
        return first(as("acme", "adm").get(url).then().statusCode(200).extract().jsonPath());
    }

    /**
     * A review round with a row: a deal of rep1 without a source (rule S1-08), evaluated as the worker does after a
     * write, then the round started by the admin.
     */
    static Map<String, Object> reviewRound(String url) {
        String deal = as("acme", "rep1").body(Map.of("title", "Owasp unsourced deal",
                        "clientId", ArrangedClientAccess.rep1Client().clientId())).post("/api/v1/deals")
                .then().statusCode(201).extract().path("id");
        Arc.container().instance(HygieneServices.class).get().evaluator().deal("acme", deal);
        return Targets.record(as("acme", "adm").post(url).then().statusCode(201).extract().jsonPath().getMap("$"));
    }

    /**
     * A file of rep1's own: a rep uploads nothing (imports are managers' and admins'), so it is the file of rep1's
     * finished export of their clients ({@code users/rep1/exports/<id>.csv}).
     */
    static Map<String, Object> file(String url) {
        String download = Jobs.exported("acme", "rep1", "clients").getString("download");
        return Map.of("path", download.substring((url + "/").length()));
    }

    private static Map<String, Object> first(JsonPath page) {
        List<Map<String, Object>> items = page.getList("items");
        return items == null || items.isEmpty() ? null : Targets.record(items.getFirst());
    }
}
