package dev.fieldcrm.mobile.app.screenshots;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.core.api.Json;

/** A team month as {@code /api/v1/reports/dashboard} answers it, for the dashboard screenshot. */
public final class DashboardSample {
    private DashboardSample() {
    }

    public static ObjectNode json() {
        ObjectNode doc = Json.mapper().createObjectNode().put("hygieneOffences", 6);
        ArrayNode stages = doc.putArray("funnel").addObject().put("pipelineId", "clients").put("name", "Clients")
                .putArray("stages");
        String[] names = {"First meeting", "Needs", "Trial", "Proposal", "Negotiation"};
        int[] deals = {14, 11, 7, 5, 3};
        for (int i = 0; i < names.length; i++) {
            stages.addObject().put("stageId", "s" + i).put("name", names[i]).put("dealsNow", deals[i]);
        }
        ArrayNode activity = doc.putArray("activity");
        rep(activity, "anna", 22, 19, 1);
        rep(activity, "ivan", 20, 12, 5);
        rep(activity, "oleg", 16, 15, 0);
        return doc;
    }

    private static void rep(ArrayNode activity, String rep, int planned, int done, int overdue) {
        activity.addObject().put("repId", rep).putArray("days").addObject().put("period", "2026-12-01")
                .put("stepsPlanned", planned).put("stepsDone", done).put("stepsOverdue", overdue);
    }
}
