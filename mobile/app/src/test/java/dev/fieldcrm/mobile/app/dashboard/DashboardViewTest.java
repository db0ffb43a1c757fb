package dev.fieldcrm.mobile.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Theme;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dashboard renders whatever its view-model holds: funnel bars, planned vs done per rep, offences. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {
    static final DashboardData TEAM = new DashboardData(
            List.of(new DashboardData.FunnelStage("Qualification", 12), new DashboardData.FunnelStage("Proposal", 7),
                    new DashboardData.FunnelStage("Negotiation", 3)),
            List.of(new DashboardData.RepActivity("anna", 20, 17, 2), new DashboardData.RepActivity("ivan", 18, 9, 6)),
            4);

    private final DashboardViewModel model = new DashboardViewModel();
    private final Texts texts = new Texts(Texts.ENGLISH);

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new DashboardView(model, texts), 390, 844);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void teamData_isDrawnAsFunnelActivityAndOffences(FxRobot robot) {
        robot.interact(() -> model.show(TEAM));

        assertThat(robot.lookup("#offences-count").queryAs(Label.class).getText()).isEqualTo("4");
        assertThat(robot.lookup("#team-completion").queryAs(Label.class).getText())
                .isEqualTo("Team completed 68% of planned next steps");
        BarChart<Number, String> funnel = robot.lookup("#funnel-chart").queryAs(BarChart.class);
        assertThat(funnel.getData()).singleElement().satisfies(series -> assertThat(series.getData())
                .extracting(XYChart.Data::getYValue, XYChart.Data::getXValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Negotiation", 3),
                        org.assertj.core.groups.Tuple.tuple("Proposal", 7),
                        org.assertj.core.groups.Tuple.tuple("Qualification", 12)));
        BarChart<String, Number> activity = robot.lookup("#activity-chart").queryAs(BarChart.class);
        assertThat(activity.getData()).extracting(XYChart.Series::getName).containsExactly("Planned", "Done");
        assertThat(activity.getData().get(1).getData()).extracting(XYChart.Data::getYValue).containsExactly(17, 9);
        assertThat(bars(robot)).as("bars are drawn").isEqualTo(3 + 4);
    }

    /** Bars in the plot area (legend symbols carry the chart-bar class too). */
    private static long bars(FxRobot robot) {
        return robot.lookup(".chart-bar").queryAll().stream()
                .filter(bar -> !bar.getStyleClass().contains("bar-legend-symbol")).count();
    }

    @Test
    void anEmptyPeriod_showsZeroAndEmptyCharts(FxRobot robot) {
        robot.interact(() -> model.show(DashboardData.empty()));

        assertThat(robot.lookup("#offences-count").queryAs(Label.class).getText()).isEqualTo("0");
        assertThat(robot.lookup("#team-completion").queryAs(Label.class).getText())
                .isEqualTo("Team completed 0% of planned next steps");
        assertThat(bars(robot)).isZero();
    }
}
