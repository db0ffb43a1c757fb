package dev.fieldcrm.mobile.app.card;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fieldcrm.mobile.core.reference.ReferenceCache;
import dev.fieldcrm.mobile.core.reference.SalesSetup;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.LocalStore;
import dev.fieldcrm.mobile.core.store.RecordKind;
import dev.fieldcrm.mobile.core.views.ClientSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The client card as the phone shows it, read from the local store (the same records sync keeps current):
 * profile, key people with birthdays, the journal newest first, open deals and open next steps.
 */
public record ClientCard(ClientSummary client, String address, List<Person> people, List<JournalLine> journal,
                         List<DealLine> deals, List<StepLine> steps, List<OrderLine> orders) {

    /** How many journal lines a phone card shows (the store keeps the last 30 days). */
    static final int JOURNAL_LINES = 20;

    public record Person(String name, String position, String phone, LocalDate birthday) {
    }

    public record JournalLine(String type, Instant at, String summary, String result, boolean pending) {
    }

    /** @param amount as the API writes it ({@code "420000.00"}), blank when the deal has none */
    public record DealLine(String id, String title, String stage, String amount, String currency, boolean pending) {
    }

    /** An order as the card lists it: status, gross total and currency; pending until the server has it. */
    public record OrderLine(String id, String status, String gross, String currency, boolean pending) {
    }

    public record StepLine(String kind, String title, Instant dueAt) {
    }

    public static ClientCard read(LocalStore store, String clientId) {
        LocalRecord record = store.get(RecordKind.CLIENT, clientId)
                .orElseThrow(() -> new IllegalArgumentException("client not on this phone: " + clientId));
        JsonNode details = record.data().path("details");
        String address = details.path("geography").path("address").asText(null);

        List<Person> people = new ArrayList<>();
        for (LocalRecord contact : store.ofClient(RecordKind.CONTACT, clientId)) {
            JsonNode c = contact.data().path("details");
            if (!contact.data().path("archived").asBoolean()) {
                people.add(new Person(c.path("name").asText(""), c.path("position").asText(null),
                        c.path("phones").path(0).asText(null),
                        c.hasNonNull("birthday") ? LocalDate.parse(c.get("birthday").asText()) : null));
            }
        }
        people.sort(Comparator.comparing(Person::name));

        List<JournalLine> journal = new ArrayList<>();
        for (LocalRecord entry : store.ofClient(RecordKind.INTERACTION, clientId)) {
            JsonNode i = entry.data();
            journal.add(new JournalLine(i.path("type").asText(""), instant(i, "occurredAt", entry.at()),
                    i.path("summary").asText(""), i.path("result").asText(null), entry.pending()));
        }
        journal.sort(Comparator.comparing(JournalLine::at, Comparator.nullsLast(Comparator.reverseOrder())));

        Optional<SalesSetup> setup = ReferenceCache.salesSetupIn(store);
        List<DealLine> deals = new ArrayList<>();
        for (LocalRecord deal : store.ofClient(RecordKind.DEAL, clientId)) {
            JsonNode d = deal.data();
            if (d.path("status").asText("OPEN").equals("OPEN")) {
                JsonNode amount = d.path("amount");
                deals.add(new DealLine(deal.id(), d.path("title").asText(""), stageName(setup, d),
                        amount.path("amount").asText(""), amount.path("currency").asText(""), deal.pending()));
            }
        }

        List<StepLine> steps = new ArrayList<>();
        for (LocalRecord task : store.ofClient(RecordKind.TASK, clientId)) {
            JsonNode t = task.data();
            if (t.path("status").asText("OPEN").equals("OPEN")) {
                steps.add(new StepLine(t.path("kind").asText(""), t.path("title").asText(""),
                        instant(t, "dueAt", null)));
            }
        }
        steps.sort(Comparator.comparing(StepLine::dueAt, Comparator.nullsLast(Comparator.naturalOrder())));

        List<OrderLine> orders = new ArrayList<>();
        for (LocalRecord order : store.ofClient(RecordKind.ORDER, clientId)) {
            JsonNode o = order.data();
            orders.add(new OrderLine(order.id(), o.path("status").asText(""), o.path("gross").asText(""),
                    o.path("currency").asText(""), order.pending()));
        }
        // Ids are ULIDs (made on the phone or by the server): newest first.
        orders.sort(Comparator.comparing(OrderLine::id).reversed());

        return new ClientCard(ClientSummary.of(record), address, people,
                journal.subList(0, Math.min(JOURNAL_LINES, journal.size())), deals, steps, orders);
    }

    /** The stage's name from the cached pipelines, else the deal's own stageName (a sync read model), else its id. */
    private static String stageName(Optional<SalesSetup> setup, JsonNode deal) {
        String stageId = deal.path("stageId").asText("");
        return setup.flatMap(s -> s.stage(deal.path("pipelineId").asText(), stageId))
                .map(stage -> stage.path("name").asText()).orElse(deal.path("stageName").asText(stageId));
    }

    private static Instant instant(JsonNode node, String field, Instant fallback) {
        return node.hasNonNull(field) ? Instant.parse(node.get(field).asText()) : fallback;
    }
}
