package dev.fieldcrm.mobile.app.log;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import dev.fieldcrm.mobile.core.picks.QuickPick;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The log form: type chips, GPS check-in for visits (with its accuracy), what happened (the one thing to type), next
 * step quick picks, then the optional details (next step title, result); Save pinned at the bottom within thumb
 * reach.
 */
public final class LogInteractionScreen extends TitledScreen {
    private final Texts texts;

    /** @param onSaved runs after a successful save (the shell goes back to where the rep came from) */
    public LogInteractionScreen(LogInteractionViewModel model, Texts texts, Runnable onSaved) {
        super(texts, "log.title");
        this.texts = texts;

        FlowPane types = new FlowPane(6, 6);
        ToggleGroup typeGroup = new ToggleGroup();
        for (String type : LogInteractionViewModel.TYPES) {
            ToggleButton chip = chip("type-" + type.toLowerCase(Locale.ROOT), "type." + type, typeGroup);
            chip.setSelected(type.equals(model.typeProperty().get()));
            chip.setOnAction(e -> {
                model.typeProperty().set(type);
                chip.setSelected(true);
            });
            types.getChildren().add(chip);
        }

        TextArea summary = new TextArea();
        summary.setId("summary");
        summary.setWrapText(true);
        summary.setPrefRowCount(3);
        summary.promptTextProperty().bind(texts.bind("log.resultPrompt"));
        summary.accessibleTextProperty().bind(texts.bind("log.resultPrompt"));
        summary.textProperty().bindBidirectional(model.summaryProperty());

        TextField result = new TextField();
        result.textProperty().bindBidirectional(model.resultProperty());

        TextField nextTitle = new TextField();
        nextTitle.textProperty().bindBidirectional(model.nextStepTitleProperty());
        nextTitle.disableProperty().bind(model.noNextStepProperty());

        FlowPane picks = new FlowPane(6, 6);
        ToggleGroup pickGroup = new ToggleGroup();
        for (QuickPick pick : LogInteractionViewModel.PICKS) {
            ToggleButton chip = chip("pick-" + pick.name().toLowerCase(Locale.ROOT), "pick." + pick.name(), pickGroup);
            chip.getStyleClass().add("quick-pick");
            chip.setOnAction(e -> {
                model.pickProperty().set(chip.isSelected() ? pick : null);
                model.noNextStepProperty().set(false);
            });
            model.pickProperty().addListener((obs, old, now) -> chip.setSelected(now == pick));
            chip.disableProperty().bind(model.noNextStepProperty());
            picks.getChildren().add(chip);
        }
        CheckBox none = new CheckBox();
        none.setId("no-next-step");
        none.textProperty().bind(texts.bind("log.noNextStep"));
        none.accessibleTextProperty().bind(none.textProperty());
        none.selectedProperty().bindBidirectional(model.noNextStepProperty());
        none.setMinHeight(48);

        Button checkIn = Widgets.button("check-in", texts, "log.checkIn", model::checkInHere);
        checkIn.setMaxWidth(Double.MAX_VALUE);
        checkIn.visibleProperty().bind(model.typeProperty().isEqualTo("VISIT"));
        checkIn.managedProperty().bind(checkIn.visibleProperty());

        Label message = Widgets.text(model.messageProperty(), "secondary");
        message.setId("log-message");

        Button save = Widgets.button("save", texts, "log.save", () -> {
            if (model.save().isPresent()) {
                onSaved.run();
            }
        });
        save.getStyleClass().add("accent");
        save.setMaxWidth(Double.MAX_VALUE);
        save.disableProperty().bind(model.canSave().not());

        // The common case (type preselected, check-in at a visit, what happened, when next) comes first; optional
        // details follow; Save
        // stays pinned at the bottom within thumb reach, whatever the scroll position.
        VBox form = Widgets.column(Widgets.text(model.clientName(), "card-title"),
                Widgets.label(texts, "log.type", "secondary"), types, checkIn, message,
                Widgets.label(texts, "log.resultPrompt", "secondary"), summary,
                Widgets.label(texts, "log.nextStep", "section-title"), picks, none,
                Widgets.field("next-step-title", texts, "log.nextStepPrompt", nextTitle),
                Widgets.field("result", texts, "log.result", result));
        VBox footer = new VBox(save);
        footer.getStyleClass().add("footer");
        content(new BorderPane(Widgets.scroll(form), null, null, footer, null));
    }

    private ToggleButton chip(String id, String key, ToggleGroup group) {
        ToggleButton chip = new ToggleButton();
        chip.setId(id);
        chip.textProperty().bind(texts.bind(key));
        chip.accessibleTextProperty().bind(chip.textProperty());
        chip.getStyleClass().add("choice");
        chip.setToggleGroup(group);
        return chip;
    }

}
