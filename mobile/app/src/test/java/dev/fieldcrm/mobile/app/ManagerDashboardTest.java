package dev.fieldcrm.mobile.app;

import static dev.fieldcrm.mobile.app.support.PhoneHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.app.support.PhoneTest;
import dev.fieldcrm.mobile.core.api.Json;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A manager gets the Team tab, fed by {@code /api/v1/reports/dashboard}; a rep does not. */
class ManagerDashboardTest extends PhoneTest {

    @BeforeEach
    void theTeamsMonth() {
        phone.api.dashboard(dashboardJson());
    }

    @Test
    void aManagerOpensTheTeamTab_andSeesTheServersFigures(FxRobot robot) {
        phone.signIn(robot, "maria");
        robot.clickOn("#tab-dashboard");

        waitUntil(() -> robot.lookup("#offences-count").queryAs(Label.class).getText().equals("5"));
        assertThat(robot.lookup("#team-completion").queryAs(Label.class).getText())
                .isEqualTo("Team completed 75% of planned next steps");
        assertThat(phone.api.requests()).anyMatch(request -> request.equals("GET /api/v1/reports/dashboard"));
    }

    @Test
    void aRepHasNoTeamTab(FxRobot robot) {
        phone.signIn(robot, "anna");

        assertThat(robot.lookup("#tab-dashboard").tryQuery()).isEmpty();
    }

    /** The dashboard API's shape (backend {@code core.analytics.Dashboard}), trimmed to what the phone reads. */
    private static ObjectNode dashboardJson() {
        ObjectNode doc = Json.mapper().createObjectNode().put("hygieneOffences", 5);
        ObjectNode pipeline = doc.putArray("funnel").addObject().put("pipelineId", "clients").put("name", "Clients");
        pipeline.putArray("stages").addObject().put("stageId", "s1").put("name", "First meeting").put("dealsNow", 9);
        ObjectNode anna = doc.putArray("activity").addObject().put("repId", "anna");
        anna.putArray("days").addObject().put("period", "2026-12-01").put("stepsPlanned", 4).put("stepsDone", 3)
                .put("stepsOverdue", 1);
        return doc;
    }
}
