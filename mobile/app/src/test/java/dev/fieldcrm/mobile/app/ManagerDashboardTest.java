package dev.fieldcrm.mobile.app;

import static dev.fieldcrm.mobile.app.support.PhoneHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.app.support.PhoneTest;
import dev.fieldcrm.mobile.core.api.Json;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
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
    void theTeamAndRepPickersNarrowTheDashboard_andTheRepsAgendaAndJournalOpen(FxRobot robot) {
        phone.api.user("anna", "Anna Smirnova", "rep", "north");
        phone.api.user("boris", "Boris Petrov", "rep", "south");
        phone.api.user("maria", "Maria Ivanova", "manager", null);
        ObjectNode agenda = Json.mapper().createObjectNode();
        agenda.putArray("items").addObject().put("overdue", true).putObject("task").put("title", "Bring the contract")
                .put("clientName", "Coffee Point").put("dueAt", "2026-12-06T08:00:00Z");
        ObjectNode journal = Json.mapper().createObjectNode();
        journal.putArray("items").addObject().put("type", "VISIT").put("summary", "Tasting went well")
                .put("clientName", "Tea House").put("occurredAt", "2026-12-05T10:00:00Z");
        phone.api.repDay(agenda, journal);
        phone.signIn(robot, "maria");
        robot.clickOn("#tab-dashboard");
        ComboBox<?> team = robot.lookup("#filter-team").queryComboBox();
        waitUntil(() -> team.getItems().size() == 3);

        robot.interact(() -> team.getSelectionModel().select(2)); // "south"
        ComboBox<?> rep = robot.lookup("#filter-rep").queryComboBox();
        waitUntil(() -> phone.api.dashboardQueries().stream().anyMatch(q -> q.endsWith("&team=south")));
        assertThat(List.<Object>copyOf(rep.getItems())).containsExactly("", "boris");
        robot.interact(() -> rep.getSelectionModel().select(1));
        waitUntil(() -> phone.api.dashboardQueries().stream().anyMatch(q -> q.endsWith("&team=south&rep=boris")));

        robot.clickOn("#drill-rep");

        waitUntil(() -> robot.lookup("#drill-journal").queryAs(VBox.class).getChildren().stream()
                .anyMatch(n -> ((Label) n).getText().contains("VISIT: Tasting went well — Tea House")));
        assertThat(robot.lookup("#drill-agenda").queryAs(VBox.class).getChildren()).singleElement()
                .satisfies(n -> assertThat(((Label) n).getText()).contains("Bring the contract — Coffee Point"));
        assertThat(phone.api.drillQueries()).contains("/api/v1/agenda?rep=boris",
                "/api/v1/interactions?author=boris&limit=20");
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
