package dev.fieldcrm.mobile.app.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code GET /api/v1/reports/dashboard} into {@link DashboardData}. It takes only what the phone shows and
 * tolerates absent sections (a rep's own dashboard has no team rows; an older API may lack the hygiene part), so
 * the screen degrades to empty charts instead of failing.
 */
public final class DashboardJson {
    private DashboardJson() {
    }

    public static DashboardData read(JsonNode doc) {
        List<DashboardData.FunnelStage> funnel = new ArrayList<>();
        for (JsonNode stage : doc.path("funnel").path("stages")) {
            funnel.add(new DashboardData.FunnelStage(firstText(stage, "stageName", "name", "stageId"),
                    stage.path("now").path("count").asInt(stage.path("count").asInt())));
        }
        List<DashboardData.RepActivity> activity = new ArrayList<>();
        for (JsonNode rep : doc.path("activity").path("reps")) {
            JsonNode steps = rep.path("nextSteps");
            activity.add(new DashboardData.RepActivity(firstText(rep, "repName", "name", "repId"),
                    steps.path("planned").asInt(), steps.path("done").asInt(), steps.path("overdue").asInt()));
        }
        JsonNode hygiene = doc.path("hygiene");
        int offenders = hygiene.path("offenders").asInt(hygiene.path("offenderCount").asInt());
        return new DashboardData(funnel, activity, offenders);
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.hasNonNull(field)) {
                return node.get(field).asText();
            }
        }
        return "?";
    }
}
