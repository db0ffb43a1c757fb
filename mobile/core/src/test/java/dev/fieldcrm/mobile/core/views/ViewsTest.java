package dev.fieldcrm.mobile.core.views;

import static dev.fieldcrm.mobile.core.testing.Samples.client;
import static dev.fieldcrm.mobile.core.testing.Samples.located;
import static dev.fieldcrm.mobile.core.testing.Samples.record;
import static dev.fieldcrm.mobile.core.testing.Samples.task;
import static dev.fieldcrm.mobile.core.testing.Samples.withPhone;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.core.route.GeoPoint;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today, client search and nearby, read from the local store with no network. */
class ViewsTest {
    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private LocalStore store;

    @BeforeEach
    void open() {
        store = LocalStore.open(dir);
    }

    private void storeClient(ObjectNode data) {
        store.put(record(RecordKind.CLIENT, data));
    }

    private void storeTask(ObjectNode data) {
        store.put(record(RecordKind.TASK, data));
    }

    @Test
    void today_listsOverdueStepsFirst_thenTodaysByTime_inTheRepsZone() {
        storeClient(located(client("c1", "Acme", 1), "Moscow", 55.75, 37.61));
        // Moscow is +03:00: today is 2026-12-05T21:00Z .. 2026-12-06T21:00Z.
        storeTask(task("today-late", "c1", "Evening call", Instant.parse("2026-12-06T17:00:00Z"), 1));
        storeTask(task("today-early", "c1", "Morning visit", Instant.parse("2026-12-06T06:00:00Z"), 1));
        storeTask(task("overdue", "c1", "Forgotten", Instant.parse("2026-12-04T10:00:00Z"), 1));
        storeTask(task("just-before-midnight-utc", "c1", "Late", Instant.parse("2026-12-05T21:30:00Z"), 1));
        storeTask(task("tomorrow", "c1", "Later", Instant.parse("2026-12-06T21:00:00Z"), 1));
        storeTask(task("done", "c1", "Done", Instant.parse("2026-12-06T07:00:00Z"), 1).put("status", "DONE"));

        var entries = new TodayAgenda(store, clock).entries(MOSCOW);

        assertThat(entries).extracting(AgendaEntry::taskId)
                .containsExactly("overdue", "just-before-midnight-utc", "today-early", "today-late");
        assertThat(entries).extracting(AgendaEntry::overdue).containsExactly(true, false, false, false);
        assertThat(entries.getFirst().clientName()).isEqualTo("Acme");
        assertThat(entries.getFirst().city()).isEqualTo("Moscow");
    }

    private static ObjectNode lead(String id, String name, String status, Instant contactBy) {
        ObjectNode lead = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        lead.put("id", id).put("status", status).put("phone", "+79161234567").put("contactBy", contactBy.toString())
                .put("version", 1);
        lead.putObject("fields").put("name", name).put("company", "Roga LLC").put("city", "Tver");
        return lead;
    }

    @Test
    void today_listsOpenLeadsToContact_amongTheSteps_byTheirContactByDeadline() {
        storeClient(located(client("c1", "Acme", 1), "Moscow", 55.75, 37.61));
        storeTask(task("today-early", "c1", "Morning visit", Instant.parse("2026-12-06T06:00:00Z"), 1));
        store.put(record(RecordKind.LEAD, lead("lead-late", "Olga", "OPEN", Instant.parse("2026-12-05T10:00:00Z"))));
        store.put(record(RecordKind.LEAD, lead("lead-today", "Ivan", "OPEN", Instant.parse("2026-12-06T08:00:00Z"))));
        store.put(record(RecordKind.LEAD, lead("lead-tomorrow", "Petr", "OPEN", Instant.parse("2026-12-06T21:00:00Z"))));
        store.put(record(RecordKind.LEAD, lead("lead-converted", "Anna", "CONVERTED", Instant.parse("2026-12-06T07:00:00Z"))));

        var entries = new TodayAgenda(store, clock).entries(MOSCOW);

        assertThat(entries).extracting(AgendaEntry::id).containsExactly("lead-late", "today-early", "lead-today");
        assertThat(entries).extracting(AgendaEntry::isLead).containsExactly(true, false, true);
        AgendaEntry late = entries.getFirst();
        assertThat(late.overdue()).isTrue();
        assertThat(late.kind()).isEqualTo(AgendaEntry.LEAD_KIND);
        assertThat(late.clientName()).isEqualTo("Olga");
        assertThat(late.title()).isEqualTo("Roga LLC");
        assertThat(late.city()).isEqualTo("Tver");
        assertThat(late.phone()).isEqualTo("+79161234567");
        assertThat(late.taskId()).isNull();
        assertThat(late.clientId()).isNull();
        assertThat(entries.get(1).leadId()).isNull();
    }

    @Test
    void search_findsByNameIgnoringCaseAccentsAndPunctuation_orByPhoneDigits() {
        storeClient(client("c1", "ООО «Ромашка»", 1));
        storeClient(client("c2", "Café Central", 1));
        storeClient(withPhone(client("c3", "Globex", 1), "+7 (912) 123-45-67"));
        storeClient(client("c4", "Central Bakery", 1));

        ClientSearch search = new ClientSearch(store);

        assertThat(search.find("ооо ромашка", 10)).extracting(ClientSummary::id).containsExactly("c1");
        assertThat(search.find("cafe", 10)).extracting(ClientSummary::id).containsExactly("c2");
        assertThat(search.find("central", 10)).extracting(ClientSummary::id).containsExactly("c4", "c2");
        assertThat(search.find("912 123", 10)).extracting(ClientSummary::id).containsExactly("c3");
        assertThat(search.find("12", 10)).as("two digits are too few for a phone").isEmpty();
    }

    @Test
    void nearby_givesQuietClientsWithinTheRadius_nearestFirst() {
        GeoPoint here = new GeoPoint(55.7558, 37.6173);
        storeClient(located(client("near-quiet", "Near", 1), "Moscow", 55.7600, 37.6200)
                .put("lastContactAt", "2026-10-01T10:00:00Z"));
        storeClient(located(client("nearer-never", "Never contacted", 1), "Moscow", 55.7560, 37.6180));
        storeClient(located(client("near-recent", "Seen yesterday", 1), "Moscow", 55.7570, 37.6190)
                .put("lastContactAt", "2026-12-05T10:00:00Z"));
        storeClient(located(client("far", "Far", 1), "Tver", 56.8587, 35.9176));
        storeClient(client("unplaced", "No coordinates", 1));

        var nearby = new NearbyClients(store, clock).around(here, 3, Duration.ofDays(30), 10);

        assertThat(nearby).extracting(n -> n.client().id()).containsExactly("nearer-never", "near-quiet");
        assertThat(nearby.getFirst().km()).isLessThan(nearby.get(1).km());
    }
}
