package dev.fieldcrm.mobile.app.attention;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import dev.fieldcrm.mobile.core.sync.Conflict;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One card per refused change: what, why, the differing fields side by side, keep mine / take theirs. */
public final class AttentionScreen extends TitledScreen {
    private final AttentionViewModel model;
    private final Texts texts;
    private final VBox list = Widgets.column();

    public AttentionScreen(AttentionViewModel model, Texts texts) {
        super(texts, "attention.title");
        this.model = model;
        this.texts = texts;
        content(Widgets.scroll(list));
        model.conflicts().addListener((ListChangeListener<Conflict>) change -> render());
        render();
    }

    @Override
    public void onShow() {
        model.load();
    }

    private void render() {
        Widgets.fill(list, model.conflicts(), texts, "attention.empty", this::card);
    }

    private Node card(Conflict conflict) {
        String why = conflict.problem().detail() != null ? conflict.problem().detail() : conflict.problem().title();
        GridPane versions = new GridPane();
        versions.setHgap(8);
        versions.setVgap(4);
        versions.addRow(0, new Label(), Widgets.label(texts, "attention.mine", "secondary"),
                Widgets.label(texts, "attention.theirs", "secondary"));
        int row = 1;
        for (FieldDifference field : FieldDifference.of(conflict.mine(), conflict.theirs())) {
            Label mine = Widgets.text(field.mine());
            Label theirs = Widgets.text(field.theirs());
            if (field.differs()) {
                mine.getStyleClass().add("text-bold");
                theirs.getStyleClass().add("text-bold");
            }
            versions.addRow(row++, Widgets.text(field.field(), "secondary"), mine, theirs);
        }
        Button keepMine = Widgets.button("keep-mine-" + conflict.id(), texts, "attention.keepMine",
                () -> model.keepMine(conflict));
        keepMine.getStyleClass().add("accent");
        keepMine.setDisable(!conflict.canKeepMine());
        Button takeTheirs = Widgets.button("take-theirs-" + conflict.id(), texts, "attention.takeTheirs",
                () -> model.takeTheirs(conflict));
        keepMine.setMaxWidth(Double.MAX_VALUE);
        takeTheirs.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(keepMine, Priority.ALWAYS);
        HBox.setHgrow(takeTheirs, Priority.ALWAYS);
        VBox card = new VBox(Widgets.text(conflict.command().label(), "card-title"),
                Widgets.text(texts.bind("attention.reason", why), "secondary"), versions,
                new HBox(8, keepMine, takeTheirs));
        card.getStyleClass().add("card");
        card.setId("conflict-" + conflict.id());
        return card;
    }
}
