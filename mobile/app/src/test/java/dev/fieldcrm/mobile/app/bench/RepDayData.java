package dev.fieldcrm.mobile.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.app.sync.RepData;
import dev.fieldcrm.mobile.app.sync.SessionFile;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;

/**
 * Not a test: writes a realistic rep's device data for the cold-start benchmark (mobile/bench/run-cold-start.sh) into
 * {@code FIELDCRM_HOME}-style directory {@code args[0]}: a kept session (so the app opens straight to Today, offline)
 * and a local store with {@value #CLIENTS} clients (two key people each), one open next step per client of which
 * {@value #TODAY} are due today or overdue, and {@value #JOURNAL} journal entries. Due times are relative to the
 * moment it runs (the device's zone), so generate shortly before measuring. Fixed seed: the same data every time.
 */
public final class RepDayData {
    static final int CLIENTS = 300;
    static final int TODAY = 40;
    static final int OVERDUE = 12;
    static final int JOURNAL = 2_000;
    private static final String[] CITIES = {"Moscow", "Khimki", "Mytishchi", "Podolsk", "Balashikha"};
    private static final String[] KINDS = {"CALL", "VISIT", "EMAIL", "MEETING"};

    private final ObjectMapper json = Json.mapper();
    private final Random random = new Random(8);
    private final Instant now = Instant.now();

    private RepDayData() {
    }

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        Session session = new Session("bench-token", "acme", "anna", "rep", null);
        new SessionFile(home).save(session);
        LocalStore store = RepData.open(ApiClient.to(URI.create("http://127.0.0.1:9")), session, home, Clock.systemUTC()).store();
        new RepDayData().fill(store);
        store.flush();
        System.out.printf(Locale.ROOT, "[RepDayData] %d clients, %d contacts, %d open steps (%d on Today), %d journal"
                + " entries in %s%n", CLIENTS, 2 * CLIENTS, CLIENTS, TODAY, JOURNAL, home);
    }

    private void fill(LocalStore store) {
        Instant startOfToday = LocalDate.now(ZoneId.systemDefault()).atStartOfDay(ZoneId.systemDefault()).toInstant();
        for (int i = 0; i < CLIENTS; i++) {
            String clientId = String.format(Locale.ROOT, "C%04d", i);
            put(store, RecordKind.CLIENT, clientId, clientId, client(clientId, i));
            for (int p = 0; p < 2; p++) {
                String id = clientId + "-P" + p;
                ObjectNode contact = record(id, clientId);
                contact.putObject("details").put("name", "Contact " + i + "." + p).put("position", "Owner")
                        .put("birthday", "1980-0" + (1 + p) + "-1" + (i % 10)).putArray("phones").add(phone(i));
                put(store, RecordKind.CONTACT, id, clientId, contact);
            }
            put(store, RecordKind.TASK, "T" + clientId, clientId, task(clientId, i, due(i, startOfToday)));
        }
        for (int j = 0; j < JOURNAL; j++) {
            String clientId = String.format(Locale.ROOT, "C%04d", random.nextInt(CLIENTS));
            ObjectNode interaction = record("I" + j, clientId).put("type", KINDS[j % KINDS.length])
                    .put("summary", "Talked about the winter order and the new price list, entry " + j)
                    .put("occurredAt", now.minus(Duration.ofMinutes(20L + random.nextInt(90 * 24 * 60))).toString())
                    .put("authorId", "anna");
            put(store, RecordKind.INTERACTION, "I" + j, clientId, interaction);
        }
    }

    /** The first {@value #OVERDUE} are overdue, the next ones due through today, the rest in the coming weeks. */
    private Instant due(int i, Instant startOfToday) {
        if (i < OVERDUE) {
            return startOfToday.minus(Duration.ofHours(2L + 24L * i));
        }
        if (i < TODAY) {
            return startOfToday.plus(Duration.ofMinutes(8 * 60 + 20L * (i - OVERDUE)));
        }
        return startOfToday.plus(Duration.ofDays(1L + i % 30)).plus(Duration.ofHours(10));
    }

    private ObjectNode client(String id, int i) {
        ObjectNode client = record(id, null).put("ownerId", "anna")
                .put("lastContactAt", now.minus(Duration.ofDays(1L + i % 60)).toString());
        ObjectNode details = client.putObject("details").put("name", "Coffee Point " + i);
        details.putArray("phones").add(phone(i));
        String city = CITIES[i % CITIES.length];
        details.putObject("geography").put("city", city).put("lat", 55.60 + random.nextDouble() * 0.3)
                .put("lon", 37.40 + random.nextDouble() * 0.4).put("address", city + ", Tverskaya " + i);
        return client;
    }

    private ObjectNode task(String clientId, int i, Instant dueAt) {
        return record("T" + clientId, clientId).put("kind", KINDS[i % KINDS.length])
                .put("title", "Follow up on the order " + i).put("dueAt", dueAt.toString()).put("status", "OPEN")
                .put("assigneeId", "anna").put("clientName", "Coffee Point " + i)
                .put("lastInteractionSummary", "Agreed on a tasting next week");
    }

    private ObjectNode record(String id, String clientId) {
        ObjectNode record = json.createObjectNode().put("id", id).put("version", 1);
        if (clientId != null) {
            record.put("clientId", clientId);
        }
        return record;
    }

    private static String phone(int i) {
        return String.format(Locale.ROOT, "+7 495 100-%02d-%02d", i / 100, i % 100);
    }

    private void put(LocalStore store, RecordKind kind, String id, String clientId, ObjectNode data) {
        store.put(new LocalRecord(kind, id, clientId, 1L, now, data, false));
    }
}
