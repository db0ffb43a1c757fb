package dev.fieldcrm.mobile.app.deal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A deal: where it stands (stage, amount, a pending move), the stages it can move to as chips, and for the chosen
 * one only the inputs it needs — required fields the deal lacks, the lost/won reason picker, the return day — each
 * with its error in place; Move pinned at the bottom.
 */
public final class DealScreen extends TitledScreen {
    private final DealViewModel model;
    private final Texts texts;
    private final ZoneId zone;
    private final VBox summary = new VBox();
    private final FlowPane stages = new FlowPane(6, 6);
    private final VBox inputs = new VBox(8);

    /** @param onMoved runs after the move was queued (back to the card) */
    public DealScreen(DealViewModel model, Texts texts, ZoneId zone, Runnable onMoved) {
        super(texts, "deal.title");
        this.model = model;
        this.texts = texts;
        this.zone = zone;
        summary.getStyleClass().add("card");
        inputs.setId("deal-inputs");
        model.stageIdProperty().addListener((obs, old, now) -> showInputs());
        texts.localeProperty().addListener((obs, old, now) -> onShow());

        TextField comment = new TextField();
        comment.textProperty().bindBidirectional(model.commentProperty());
        Label message = Widgets.text(model.messageProperty(), "secondary");
        message.setId("deal-message");

        Button move = Widgets.button("move", texts, "deal.move", () -> {
            if (model.move()) {
                onMoved.run();
            }
        });
        move.getStyleClass().add("accent");
        move.setMaxWidth(Double.MAX_VALUE);
        move.disableProperty().bind(model.stageIdProperty().isNull().or(model.movedProperty()));

        VBox form = Widgets.column(summary, Widgets.label(texts, "deal.moveTo", "section-title"), stages, inputs,
                Widgets.field("comment", texts, "deal.comment", comment), message);
        VBox footer = new VBox(move);
        footer.getStyleClass().add("footer");
        content(new BorderPane(Widgets.scroll(form), null, null, footer, null));
        onShow();
    }

    /** Re-reads the deal (a sync may have moved it) and the stages it can go to. */
    @Override
    public void onShow() {
        JsonNode deal = model.deal().data();
        JsonNode amount = deal.path("amount");
        summary.getChildren().setAll(Widgets.text(deal.path("title").asText(), "card-title"),
                Widgets.text(texts.get("deal.stage", model.stageName())));
        if (amount.isObject()) {
            summary.getChildren().add(Widgets.text(texts.get("deal.amount", texts.money(amount.path("amount").asText()) + " "
                    + amount.path("currency").asText())));
        }
        if (model.deal().pending()) {
            Label pending = Widgets.label(texts, "deal.pending", "pending-note");
            pending.setId("deal-pending");
            summary.getChildren().add(pending);
        }
        model.setup().ifPresentOrElse(setup -> summary.getChildren().add(Widgets.text(texts.get("deal.setupAge",
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(texts.locale())
                                .withZone(zone).format(setup.fetchedAt())), "secondary")),
                () -> summary.getChildren().add(Widgets.label(texts, "deal.noSetup", "secondary")));

        ToggleGroup group = new ToggleGroup();
        stages.getChildren().clear();
        for (JsonNode stage : model.targets()) {
            String id = stage.path("id").asText();
            ToggleButton chip = new ToggleButton(stage.path("name").asText());
            chip.setId("stage-" + id);
            chip.accessibleTextProperty().bind(chip.textProperty());
            chip.getStyleClass().add("choice");
            chip.setToggleGroup(group);
            chip.setSelected(id.equals(model.stageIdProperty().get()));
            chip.setOnAction(e -> model.stageIdProperty().set(chip.isSelected() ? id : null));
            stages.getChildren().add(chip);
        }
        showInputs();
    }

    /** The inputs the chosen stage needs, each with its error label under it. */
    private void showInputs() {
        inputs.getChildren().clear();
        if (!model.neededFields().isEmpty()) {
            inputs.getChildren().add(Widgets.label(texts, "deal.needed", "section-title"));
        }
        for (String field : model.neededFields()) {
            TextField input = new TextField();
            input.textProperty().bindBidirectional(model.field(field));
            inputs.getChildren().addAll(Widgets.field("field-" + field, texts, "deal.field." + field, input),
                    error(field));
        }
        if (!model.reasons().isEmpty()) {
            ChoiceBox<String> reason = new ChoiceBox<>();
            reason.setId("reason");
            reason.getItems().setAll(model.reasons());
            String chosen = model.reasonProperty().get();
            reason.setValue(chosen != null && model.reasons().contains(chosen) ? chosen : null);
            reason.valueProperty().addListener((obs, old, now) -> model.reasonProperty().set(now));
            reason.accessibleTextProperty().bind(texts.bind("deal.reason"));
            reason.setMaxWidth(Double.MAX_VALUE);
            inputs.getChildren().addAll(new VBox(4, Widgets.label(texts, "deal.reason", "secondary"), reason),
                    error("reason"));
        }
        if (model.needsReturnDay()) {
            TextField day = new TextField();
            day.textProperty().bindBidirectional(model.returnOnProperty());
            inputs.getChildren().addAll(Widgets.field("return-on", texts, "deal.returnOn", day), error("returnOn"));
        }
    }

    private Node error(String field) {
        Label error = new Label();
        error.setId("error-" + field);
        error.getStyleClass().add("error");
        error.textProperty().bind(Bindings.stringValueAt(model.errors(), field));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }
}
