package dev.fieldcrm.mobile.app.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A rep's day as the manager drills into it: the rep's agenda ({@code GET /api/v1/agenda?rep=}, overdue and today)
 * and latest journal entries ({@code GET /api/v1/interactions?author=}, newest first), reduced to what the rows show.
 */
public record RepDrill(List<Line> agenda, List<Line> journal) {
    /** How many journal entries the drill shows. */
    static final int JOURNAL_SIZE = 20;

    /** One row: when, what, for which client; {@code overdue} for agenda items past due. */
    public record Line(Instant at, String what, String client, boolean overdue) {
    }

    public static String agendaPath(String repId) {
        return "/api/v1/agenda?rep=" + URLEncoder.encode(repId, StandardCharsets.UTF_8);
    }

    public static String journalPath(String repId) {
        return "/api/v1/interactions?author=" + URLEncoder.encode(repId, StandardCharsets.UTF_8) + "&limit="
                + JOURNAL_SIZE;
    }

    public static RepDrill read(JsonNode agenda, JsonNode journal) {
        List<Line> steps = new ArrayList<>();
        for (JsonNode item : agenda.path("items")) {
            JsonNode task = item.path("task");
            steps.add(new Line(instant(task.path("dueAt")), task.path("title").asText(""),
                    task.path("clientName").asText(""), item.path("overdue").asBoolean()));
        }
        List<Line> entries = new ArrayList<>();
        for (JsonNode interaction : journal.path("items")) {
            entries.add(new Line(instant(interaction.path("occurredAt")),
                    interaction.path("type").asText("") + ": " + interaction.path("summary").asText(""),
                    interaction.path("clientName").asText(""), false));
        }
        return new RepDrill(steps, entries);
    }

    private static Instant instant(JsonNode at) {
        return at.isTextual() ? Instant.parse(at.asText()) : null;
    }
}
