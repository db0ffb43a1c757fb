package dev.fieldcrm.api.security;

import dev.fieldcrm.api.support.TestData;
import io.restassured.response.Response;

import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;

/**
 * A client with one of everything hanging off it (a contact, a logged interaction, an open next step), created
 * through the API by its owner. Every text on it carries a unique marker, so a test can tell whether any of it
 * leaked into a response meant for someone else.
 */
record ArrangedClient(String tenant, String owner, String clientId, String contactId, String taskId,
                      String interactionId, String marker, String phone, String email, String taxId,
                      String contactPhone) {

    static ArrangedClient create(String tenant, String owner) {
        String marker = "Secret" + TestData.next();
        Map<String, Object> details = TestData.client(name(marker));
        String phone = TestData.e164((String) ((List<?>) details.get("phones")).getFirst());
        String email = ((String) ((List<?>) details.get("emails")).getFirst()).toLowerCase();
        String taxId = (String) ((Map<?, ?>) details.get("requisites")).get("taxId");
        String clientId = as(tenant, owner).body(details).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");

        String contactPhone = TestData.phone();
        String contactId = as(tenant, owner)
                .body(Map.of("name", marker + " Person", "phones", List.of(contactPhone), "position", marker + " buyer"))
                .post("/api/v1/clients/" + clientId + "/contacts")
                .then().statusCode(201).extract().path("id");

        Map<String, Object> nextStep = Map.of("kind", "CALL", "title", marker + " step", "dueAt", "2030-01-10T09:00:00Z");
        Map<String, Object> interaction = TestData.interaction("2026-11-20T09:00:00Z", nextStep);
        interaction.put("summary", marker + " talk");
        Response logged = as(tenant, owner).body(interaction).post("/api/v1/clients/" + clientId + "/interactions");
        logged.then().statusCode(201);

        return new ArrangedClient(tenant, owner, clientId, contactId, logged.path("nextTask.id"),
                logged.path("interaction.id"), marker, phone, email, taxId, TestData.e164(contactPhone));
    }

    /** Text that only this client's data contains: none of it may reach someone who cannot work the client. */
    String[] secrets() {
        return new String[]{marker, phone, email, taxId, contactPhone, clientId, contactId, taskId, interactionId};
    }

    /** The searches that find this client, by query parameter. */
    Map<String, String> searches() {
        return Map.of("q", name(marker), "phone", phone, "email", email, "taxId", taxId);
    }

    /**
     * Everything the owner can read about the client: the card (profile, contacts, open steps with their
     * versions), the audit trail, the journal and the done steps. Equal snapshots mean nothing was written.
     */
    String snapshot() {
        String base = "/api/v1/clients/" + clientId;
        return String.join("\n",
                read(base),
                read(base + "/history"),
                read(base + "/interactions"),
                read(base + "/tasks/done"));
    }

    private static String name(String marker) {
        return marker + " Trading";
    }

    private String read(String path) {
        return as(tenant, owner).get(path).then().statusCode(200).extract().asString();
    }
}
