package dev.fieldcrm.mobile.app.dashboard;

import dev.fieldcrm.mobile.app.i18n.Texts;
import javafx.beans.binding.Bindings;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The manager dashboard: hygiene offences, the funnel now, next steps planned vs done per rep. */
public final class DashboardView extends ScrollPane {
    private final Texts texts;
    private final BarChart<Number, String> funnel;
    private final BarChart<String, Number> activity;
    private final Label offences = new Label();
    private final Label completion = new Label();

    public DashboardView(DashboardViewModel model, Texts texts) {
        this.texts = texts;
        setFitToWidth(true);
        setId("dashboard");

        Label offencesCaption = new Label();
        offencesCaption.textProperty().bind(texts.bind("dashboard.offences"));
        offences.setId("offences-count");
        offences.getStyleClass().add("big-number");
        offences.accessibleTextProperty().bind(Bindings.concat(offencesCaption.textProperty(), ": ",
                offences.textProperty()));
        completion.setId("team-completion");
        completion.setWrapText(true);
        completion.getStyleClass().add("secondary");
        VBox offencesCard = new VBox(offencesCaption, offences, completion);
        offencesCard.getStyleClass().add("card");

        funnel = new BarChart<>(new NumberAxis(), new CategoryAxis());
        funnel.setId("funnel-chart");
        funnel.titleProperty().bind(texts.bind("dashboard.funnel"));
        funnel.setLegendVisible(false);
        funnel.setAnimated(false);
        funnel.setPrefHeight(280);

        activity = new BarChart<>(new CategoryAxis(), new NumberAxis());
        activity.setId("activity-chart");
        activity.titleProperty().bind(texts.bind("dashboard.activity"));
        activity.setAnimated(false);
        // On a phone the bottom of the chart is below the fold: say which colour is which above the bars.
        activity.setLegendSide(Side.TOP);
        activity.setPrefHeight(300);

        Label error = new Label();
        error.setId("dashboard-error");
        error.getStyleClass().add("danger");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox screen = new VBox(error, offencesCard, funnel, activity);
        screen.getStyleClass().add("screen");
        setContent(screen);

        model.dataProperty().addListener((obs, old, now) -> render(now, model));
        texts.localeProperty().addListener((obs, old, now) -> render(model.dataProperty().get(), model));
        render(model.dataProperty().get(), model);
    }

    private void render(DashboardData data, DashboardViewModel model) {
        offences.setText(Integer.toString(data.hygieneOffences()));
        completion.setText(texts.get("dashboard.completion", model.teamCompletionPercent()));

        XYChart.Series<Number, String> deals = new XYChart.Series<>();
        // Bottom-up in a horizontal bar chart: reverse so the first stage is on top, like a funnel.
        for (int i = data.funnel().size() - 1; i >= 0; i--) {
            DashboardData.FunnelStage stage = data.funnel().get(i);
            deals.getData().add(new XYChart.Data<>(stage.deals(), stage.stage()));
        }
        funnel.getData().setAll(deals);

        XYChart.Series<String, Number> planned = new XYChart.Series<>();
        planned.setName(texts.get("dashboard.planned"));
        XYChart.Series<String, Number> done = new XYChart.Series<>();
        done.setName(texts.get("dashboard.done"));
        for (DashboardData.RepActivity rep : data.activity()) {
            planned.getData().add(new XYChart.Data<>(rep.rep(), rep.planned()));
            done.getData().add(new XYChart.Data<>(rep.rep(), rep.done()));
        }
        activity.getData().setAll(planned, done);
    }
}
