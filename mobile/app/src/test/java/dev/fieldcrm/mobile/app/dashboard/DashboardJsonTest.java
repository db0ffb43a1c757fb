package dev.fieldcrm.mobile.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.core.api.Json;
import org.junit.jupiter.api.Test;

class DashboardJsonTest {
    @Test
    void readsTheFirstFunnel_sumsEachRepsDays_andTakesTheOffences() throws Exception {
        var doc = Json.mapper().readTree("""
                {"hygieneOffences": 3,
                 "funnel": [{"pipelineId": "clients", "stages": [
                     {"stageId": "s1", "name": "Meeting", "dealsNow": 5},
                     {"stageId": "s2", "dealsNow": 2}]},
                   {"pipelineId": "partners", "stages": [{"stageId": "p1", "name": "Talks", "dealsNow": 9}]}],
                 "activity": [{"repId": "anna", "days": [
                     {"period": "2026-12-01", "stepsPlanned": 3, "stepsDone": 2, "stepsOverdue": 1},
                     {"period": "2026-12-02", "stepsPlanned": 4, "stepsDone": 4, "stepsOverdue": 0}]}]}
                """);

        DashboardData data = DashboardJson.read(doc);

        assertThat(data.funnel()).containsExactly(new DashboardData.FunnelStage("Meeting", 5),
                new DashboardData.FunnelStage("s2", 2));
        assertThat(data.activity()).containsExactly(new DashboardData.RepActivity("anna", 7, 6, 1));
        assertThat(data.hygieneOffences()).isEqualTo(3);
    }

    @Test
    void anEmptyAnswer_isAnEmptyDashboard() throws Exception {
        assertThat(DashboardJson.read(Json.mapper().readTree("{}"))).isEqualTo(DashboardData.empty());
    }
}
