package dev.fieldcrm.api.security.owasp;

import dev.fieldcrm.api.orders.Sales;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.api.webforms.FormFixtures;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static dev.fieldcrm.api.support.Api.as;

/**
 * Makes one real acme record of a kind the suite cannot find by listing (nothing of that kind exists yet when the
 * suite runs), through the API itself where it can ({@link WorkedRecords} where the worker's part must run too), so
 * the BOLA attack on {@code /webhooks/{id}} aims at a real webhook. Keyed by the collection's path template
 * ({@code /api/v1/clients/{clientId}/orders}); given the concrete collection URL, an arranger answers the created
 * record (its id and texts are taken from it), or nothing when the record could not be made (the row then says
 * "unknown id").
 */
final class Arrangers {
    private static final Map<String, Function<String, Map<String, Object>>> BY_COLLECTION = Map.ofEntries(
            answered("/api/v1/webhooks", url -> as("acme", "adm").body(Map.of("url", "https://hooks.example.com/owasp",
                    "events", List.of("CLIENT_CREATED"), "description", "Owasp hook")).post(url)),
            answered("/api/v1/integrations", url -> as("acme", "adm").body(Map.of("name", "Owasp chat", "kind", "CHAT"))
                    .post(url)),
            answered("/api/v1/mailings", url -> as("acme", "adm").body(Map.of("channel", "EMAIL", "locale", "en",
                    "subject", "Owasp news", "body", "Hello", "audience", Map.of("segment", "retail"))).post(url)),
            answered("/api/v1/web-forms", url -> as("acme", "adm").body(FormFixtures.form("Owasp form")).post(url)),
            answered("/api/v1/deals", url -> as("acme", "rep1").body(Map.of("title", "Owasp deal")).post(url)),
            answered("/api/v1/exports", url -> as("acme", "adm").queryParam("entity", "clients").post(url)),
            answered("/api/v1/imports", url -> as("acme", "adm").contentType("text/csv")
                    .body("externalId,name,category,priority,type,phones,emails,taxId,country,city,ownerId\n"
                            + ",Owasp imported client,,,,,,,,,\n").queryParam("entity", "clients")
                    .queryParam("dryRun", true).post(url)),
            answered("/api/v1/suppressions", url -> as("acme", "adm")
                    .body(Map.of("address", "owasp." + TestData.next() + "@example.com")).post(url)),
            answered("/api/v1/me/devices", url -> as("acme", "rep1")
                    .body(Map.of("platform", "ANDROID", "token", "owasp-token")).put(url + "/owasp-install")),
            answered("/api/v1/price-lists", url -> as("acme", "adm").get(url + "/" + Sales.priceList("RUB", null, null,
                    "2020-01-01", Map.of()))),
            answered("/api/v1/conditions-packages", url -> as("acme", "adm").get(url + "/"
                    + Sales.conditionsPackage("5", 30))),
            answered("/api/v1/clients/{clientId}/orders", Arrangers::order),
            Map.entry("/api/v1/hygiene/reviews", WorkedRecords::reviewRound),
            Map.entry("/api/v1/leads", WorkedRecords::lead),
            Map.entry("/api/v1/leads/failed", WorkedRecords::failedRequest),
            Map.entry("/api/v1/webhooks/{webhookId}/deliveries", WorkedRecords::delivery),
            Map.entry("/api/v1/files", WorkedRecords::file));
    private static final Map<String, Optional<Map<String, Object>>> MADE = new HashMap<>();

    private Arrangers() {
    }

    /** The record arranged for this collection (made once per JVM), if the suite knows how to make one. */
    static synchronized Optional<Map<String, Object>> arranged(String template, String url) {
        Function<String, Map<String, Object>> arranger = BY_COLLECTION.get(template);
        if (arranger == null) {
            return Optional.empty();
        }
        // Not computeIfAbsent: an arranger may need another one's record (a lead needs the arranged form).
        Optional<Map<String, Object>> made = MADE.get(url);
        if (made == null) {
            made = Optional.ofNullable(arranger.apply(url));
            MADE.put(url, made);
        }
        return made;
    }

    /** An arranger whose API answer is the record made (nothing when it was refused). */
    private static Map.Entry<String, Function<String, Map<String, Object>>> answered(String template,
                                                                                  Function<String, Response> call) {
        return Map.entry(template, url -> {
            Response made = call.apply(url);
            return made.statusCode() >= 300 ? null : Targets.record(made.jsonPath().getMap("$"));
        });
    }

    /** A draft order on the arranged client, by its owner, from a price list of a product made for it. */
    private static Response order(String url) {
        String sku = Sales.product("20");
        String list = Sales.priceList("RUB", null, null, "2020-01-01", Map.of(sku, "100.00"));
        Map<String, Object> body = Sales.orderBody(sku, "2");
        body.put("priceListId", list);
        return as("acme", "rep1").body(body).post(url);
    }
}
