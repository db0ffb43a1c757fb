package dev.fieldcrm.mobile.app.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.app.sync.RepData;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * A rep's data already on the phone, for view-model tests without a window: the real core (store, outbox, sync
 * engine) in a temp directory, with no server reachable (every sync ends offline).
 */
public final class LocalDay {
    private LocalDay() {
    }

    public static RepData open(Path dir, Clock clock) {
        // Port 9 (discard) is closed on test machines: connections are refused at once, like a phone with no network.
        ApiClient offline = ApiClient.to(URI.create("http://127.0.0.1:9"));
        Session anna = new Session("token", "demo", "anna", "rep", "Europe/Moscow");
        offline.use(anna);
        return RepData.open(offline, anna, dir, clock);
    }

    public static void client(RepData data, String id, String name, double lat, double lon) {
        ObjectNode client = Json.mapper().createObjectNode().put("id", id).put("version", 1);
        ObjectNode details = client.putObject("details").put("name", name);
        details.putArray("phones").add("+7 (495) 123-45-67");
        details.putObject("geography").put("city", "Moscow").put("lat", lat).put("lon", lon);
        data.store().put(new LocalRecord(RecordKind.CLIENT, id, id, 1L, Instant.EPOCH, client, false));
        data.store().flush();
    }

    public static void task(RepData data, String id, String clientId, String kind, String dueAt) {
        ObjectNode task = Json.mapper().createObjectNode().put("id", id).put("clientId", clientId).put("kind", kind)
                .put("title", "Step " + id).put("dueAt", dueAt).put("status", "OPEN").put("version", 1);
        data.store().put(new LocalRecord(RecordKind.TASK, id, clientId, 1L, Instant.EPOCH, task, false));
        data.store().flush();
    }
}
