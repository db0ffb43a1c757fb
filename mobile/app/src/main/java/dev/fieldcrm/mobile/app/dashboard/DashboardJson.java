package dev.fieldcrm.mobile.app.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code GET /api/v1/reports/dashboard} into {@link DashboardData}: the first pipeline's funnel (deals per
 * stage now), each rep's next steps summed over the period's days, and the hygiene offences count. It takes only
 * what the phone shows and tolerates absent sections (an empty team, an older API), so the screen degrades to empty
 * charts instead of failing.
 */
public final class DashboardJson {
    private DashboardJson() {
    }

    public static DashboardData read(JsonNode doc) {
        List<DashboardData.FunnelStage> funnel = new ArrayList<>();
        for (JsonNode stage : doc.path("funnel").path(0).path("stages")) {
            funnel.add(new DashboardData.FunnelStage(stage.path("name").asText(stage.path("stageId").asText("?")),
                    stage.path("dealsNow").asInt()));
        }
        List<DashboardData.RepActivity> activity = new ArrayList<>();
        for (JsonNode rep : doc.path("activity")) {
            int planned = 0;
            int done = 0;
            int overdue = 0;
            for (JsonNode day : rep.path("days")) {
                planned += day.path("stepsPlanned").asInt();
                done += day.path("stepsDone").asInt();
                overdue += day.path("stepsOverdue").asInt();
            }
            activity.add(new DashboardData.RepActivity(rep.path("repId").asText("?"), planned, done, overdue));
        }
        return new DashboardData(funnel, activity, doc.path("hygieneOffences").asInt());
    }
}
