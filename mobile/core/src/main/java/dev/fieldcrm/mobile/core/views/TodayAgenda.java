package dev.fieldcrm.mobile.core.views;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Today from the local store, offline: the rep's open steps and open leads to contact due before the end of today
 * (overdue first, then today's, each by due time), the same rule as the API's {@code GET /api/v1/agenda}.
 */
public final class TodayAgenda {
    private static final Comparator<AgendaEntry> ORDER = Comparator.comparing(AgendaEntry::overdue).reversed()
            .thenComparing(AgendaEntry::dueAt).thenComparing(AgendaEntry::id);

    private final LocalStore store;
    private final Clock clock;

    public TodayAgenda(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Today's entries for a rep in {@code zone}. */
    public List<AgendaEntry> entries(ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Instant startOfToday = today.atStartOfDay(zone).toInstant();
        Instant endOfToday = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<AgendaEntry> entries = new ArrayList<>();
        for (LocalRecord task : store.all(RecordKind.TASK)) {
            JsonNode data = task.data();
            if (!"OPEN".equals(data.path("status").asText("OPEN")) || !data.hasNonNull("dueAt")) {
                continue;
            }
            Instant due = Instant.parse(data.get("dueAt").asText());
            if (!due.isBefore(endOfToday)) {
                continue;
            }
            entries.add(entry(task, due, due.isBefore(startOfToday)));
        }
        for (LocalRecord lead : store.all(RecordKind.LEAD)) {
            JsonNode data = lead.data();
            if (!"OPEN".equals(data.path("status").asText()) || !data.hasNonNull("contactBy")) {
                continue;
            }
            Instant due = Instant.parse(data.get("contactBy").asText());
            if (due.isBefore(endOfToday)) {
                entries.add(leadEntry(lead, due, due.isBefore(startOfToday)));
            }
        }
        entries.sort(ORDER);
        return entries;
    }

    /** "Contact the lead": the lead's name as the server's {@code Lead.displayName} picks it, its company and phone. */
    private static AgendaEntry leadEntry(LocalRecord lead, Instant due, boolean overdue) {
        JsonNode data = lead.data();
        JsonNode fields = data.path("fields");
        String name = firstPresent(fields.path("name").asText(null), fields.path("company").asText(null),
                data.path("email").asText(null), data.path("phone").asText(null), lead.id());
        return new AgendaEntry(null, null, name, fields.path("city").asText(null), AgendaEntry.LEAD_KIND,
                fields.path("company").asText(""), due, overdue, null, data.path("phone").asText(null), lead.pending(),
                lead.id());
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private AgendaEntry entry(LocalRecord task, Instant due, boolean overdue) {
        JsonNode data = task.data();
        ClientSummary client = task.clientId() == null ? null
                : store.get(RecordKind.CLIENT, task.clientId()).map(ClientSummary::of).orElse(null);
        String clientName = client != null ? client.name() : data.path("clientName").asText(null);
        String city = client != null && client.city() != null ? client.city() : data.path("clientCity").asText(null);
        return new AgendaEntry(task.id(), task.clientId(), clientName, city, data.path("kind").asText(null),
                data.path("title").asText(""), due, overdue, data.path("lastInteractionSummary").asText(null),
                client == null ? null : client.phone(), task.pending());
    }
}
