package dev.fieldcrm.mobile.app.dashboard;

import dev.fieldcrm.mobile.app.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The team and rep pickers above the dashboard. "All" is the null choice; the rep picker lists the chosen team's
 * reps, and choosing a team clears the rep. Choices go to {@link DashboardViewModel#filterProperty()}.
 */
final class DashboardFilters extends HBox {
    private final ComboBox<String> team = new ComboBox<>();
    private final ComboBox<String> rep = new ComboBox<>();
    private final DashboardViewModel model;
    private final Texts texts;
    private boolean filling;

    DashboardFilters(DashboardViewModel model, Texts texts) {
        super(8);
        this.model = model;
        this.texts = texts;
        setup(team, "filter-team", "dashboard.team", id -> id);
        setup(rep, "filter-rep", "dashboard.rep", id -> model.rosterProperty().get().nameOf(id));
        team.valueProperty().addListener((obs, old, now) -> {
            if (!filling) {
                model.filterProperty().set(model.filterProperty().get().withTeam(unwrap(now)));
                fillReps();
            }
        });
        rep.valueProperty().addListener((obs, old, now) -> {
            if (!filling) {
                model.filterProperty().set(model.filterProperty().get().withRep(unwrap(now)));
            }
        });
        model.rosterProperty().addListener((obs, old, now) -> {
            filling = true;
            team.getItems().setAll(withAll(now.teams()));
            team.setValue(ALL);
            filling = false;
            fillReps();
        });
        getChildren().addAll(team, rep);
    }

    /** The "all" entry: ComboBox items cannot be null. */
    private static final String ALL = "";

    private void setup(ComboBox<String> box, String id, String labelKey, java.util.function.Function<String, String> name) {
        box.setId(id);
        box.setAccessibleText(texts.get(labelKey));
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setCellFactory(list -> cell(name));
        box.setButtonCell(cell(name));
        box.getItems().setAll(ALL);
        box.setValue(ALL);
    }

    private ListCell<String> cell(java.util.function.Function<String, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.equals(ALL) ? texts.get("dashboard.all") : name.apply(item));
            }
        };
    }

    private void fillReps() {
        filling = true;
        String chosen = model.filterProperty().get().repId();
        List<String> ids = model.rosterProperty().get().reps(model.filterProperty().get().teamId()).stream()
                .map(TeamRoster.Member::id).toList();
        rep.getItems().setAll(withAll(ids));
        rep.setValue(ids.contains(chosen) ? chosen : ALL);
        filling = false;
    }

    private static List<String> withAll(List<String> ids) {
        List<String> items = new ArrayList<>(List.of(ALL));
        items.addAll(ids);
        return items;
    }

    private static String unwrap(String choice) {
        return Objects.equals(choice, ALL) || choice == null ? null : choice;
    }
}
