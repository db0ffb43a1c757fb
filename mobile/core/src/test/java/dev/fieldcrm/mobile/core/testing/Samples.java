package dev.fieldcrm.mobile.core.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.RecordKind;
import dev.fieldcrm.mobile.core.reference.SalesSetup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records shaped like the API's JSON (docs/openapi.yaml), stating only what a test needs; and contract-B sync pages.
 */
public final class Samples {
    private static final ObjectMapper JSON = Json.mapper();

    private Samples() {
    }

    /** A client JSON: {@code details.name}, phones, geography with city and (optional) coordinates. */
    public static ObjectNode client(String id, String name, long version) {
        ObjectNode client = JSON.createObjectNode().put("id", id).put("ownerId", "rep1").put("version", version);
        ObjectNode details = client.putObject("details").put("name", name);
        details.putArray("phones");
        details.putObject("geography");
        return client;
    }

    public static ObjectNode located(ObjectNode client, String city, double lat, double lon) {
        ((ObjectNode) client.get("details").get("geography")).put("city", city).put("lat", lat).put("lon", lon);
        return client;
    }

    public static ObjectNode withPhone(ObjectNode client, String phone) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) client.get("details").get("phones")).add(phone);
        return client;
    }

    public static ObjectNode task(String id, String clientId, String title, Instant dueAt, long version) {
        return JSON.createObjectNode().put("id", id).put("clientId", clientId).put("kind", "VISIT")
                .put("title", title).put("dueAt", dueAt.toString()).put("status", "OPEN").put("version", version);
    }

    /** The stored form of a server record. */
    public static LocalRecord record(RecordKind kind, ObjectNode data) {
        String id = data.get("id").asText();
        String clientId = kind == RecordKind.CLIENT ? id : data.path("clientId").asText(null);
        Long version = data.hasNonNull("version") ? data.get("version").asLong() : null;
        return new LocalRecord(kind, id, clientId, version, Instant.parse("2026-12-01T00:00:00Z"), data, false);
    }

    /** A contract-B change carrying a record. */
    public static Map<String, Object> change(String kind, ObjectNode data) {
        Long version = data.hasNonNull("version") ? data.get("version").asLong() : null;
        String clientId = kind.equals("client") ? null : data.path("clientId").asText(null);
        return entry(kind, data.get("id").asText(), clientId, version, data);
    }

    /** A contract-B tombstone. */
    public static Map<String, Object> tombstone(String kind, String id, Long version) {
        return entry(kind, id, null, version, null);
    }

    private static Map<String, Object> entry(String kind, String id, String clientId, Long version, ObjectNode data) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("kind", kind);
        change.put("id", id);
        change.put("clientId", clientId);
        change.put("version", version);
        change.put("deleted", data == null);
        change.put("at", "2026-12-06T10:00:00Z");
        change.put("data", data);
        return change;
    }

    /** A contract-B page. */
    public static FakeApi.Answer page(String cursor, boolean hasMore, boolean snapshot, List<Map<String, Object>> changes) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("changes", new ArrayList<>(changes));
        page.put("cursor", cursor);
        page.put("hasMore", hasMore);
        page.put("snapshot", snapshot);
        return FakeApi.Answer.json(200, page);
    }

    /** A pipeline: new → proposal (needs amount and a proposal link) → won / lost / frozen. */
    public static SalesSetup salesSetup() {
        ObjectNode pipeline = JSON.createObjectNode().put("id", "sales").put("name", "Sales");
        var stages = pipeline.putArray("stages");
        stages.addObject().put("id", "new").put("name", "New").put("kind", "OPEN");
        stages.addObject().put("id", "proposal").put("name", "Proposal").put("kind", "OPEN")
                .putArray("requiredFields").add("AMOUNT").add("PROPOSAL_LINK");
        stages.addObject().put("id", "won").put("name", "Won").put("kind", "WON");
        stages.addObject().put("id", "lost").put("name", "Lost").put("kind", "LOST");
        stages.addObject().put("id", "frozen").put("name", "On hold").put("kind", "FROZEN");
        return new SalesSetup(List.of(pipeline), List.of("Price", "Competitor"), List.of("Best offer"), "RUB",
                Instant.EPOCH);
    }

}
