package dev.fieldcrm.mobile.app.deal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.sync.RepData;
import dev.fieldcrm.mobile.app.sync.SyncStatus;
import dev.fieldcrm.mobile.core.deals.DealMove;
import dev.fieldcrm.mobile.core.deals.FieldProblem;
import dev.fieldcrm.mobile.core.deals.MoveRefused;
import dev.fieldcrm.mobile.core.deals.StageRules;
import dev.fieldcrm.mobile.core.reference.SalesSetup;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The Deal screen's state: the deal as the phone has it, the stages it can move to (from the cached pipelines), and
 * for the chosen stage the inputs it needs (required fields the deal lacks, a reason for won/lost, a return day for
 * frozen). Move checks them on the phone first ({@link StageRules}): a missing value is shown under its input and
 * nothing is queued; otherwise the move is queued and works offline.
 */
public final class DealViewModel {
    private final RepData data;
    private final SyncStatus status;
    private final Texts texts;
    private final String dealId;
    private final ObjectProperty<String> stageId = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty();
    private final StringProperty returnOn = new SimpleStringProperty("");
    private final StringProperty comment = new SimpleStringProperty("");
    private final Map<String, StringProperty> fields = new HashMap<>();
    /** Field (API name, or reason / returnOn / stageId) → the message shown under its input. */
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty moved = new SimpleBooleanProperty();

    public DealViewModel(RepData data, SyncStatus status, Texts texts, String dealId) {
        this.data = data;
        this.status = status;
        this.texts = texts;
        this.dealId = dealId;
        stageId.addListener((obs, old, now) -> {
            errors.clear();
            message.set("");
        });
    }

    /** The deal as stored on the phone (pending after a move not yet sent). */
    public LocalRecord deal() {
        return data.store().get(RecordKind.DEAL, dealId)
                .orElseThrow(() -> new IllegalStateException("deal not on this phone: " + dealId));
    }

    public Optional<SalesSetup> setup() {
        return data.core().reference().salesSetup();
    }

    /** The stages the deal can move to (all of its pipeline's but the current one), in board order. */
    public List<JsonNode> targets() {
        JsonNode deal = deal().data();
        return setup().map(s -> s.stages(deal.path("pipelineId").asText())).orElse(List.of()).stream()
                .filter(stage -> !stage.path("id").asText().equals(deal.path("stageId").asText())).toList();
    }

    /** The current stage's name (from the pipeline, else what the deal says). */
    public String stageName() {
        JsonNode deal = deal().data();
        return setup().flatMap(s -> s.stage(deal.path("pipelineId").asText(), deal.path("stageId").asText()))
                .map(stage -> stage.path("name").asText())
                .orElse(deal.path("stageName").asText(deal.path("stageId").asText("")));
    }

    /** The chosen stage's JSON, if one is chosen. */
    public Optional<JsonNode> chosenStage() {
        return targets().stream().filter(s -> s.path("id").asText().equals(stageId.get())).findFirst();
    }

    /** Inputs the chosen stage needs: the required fields the deal lacks (API names). */
    public List<String> neededFields() {
        return chosenStage().map(stage -> StageRules.missingOnDeal(deal().data(), stage)).orElse(List.of());
    }

    /** The reasons to pick from (won/lost stages), else empty. */
    public List<String> reasons() {
        return chosenStage().flatMap(stage -> setup().map(s -> s.reasonsFor(stage.path("kind").asText())))
                .orElse(List.of());
    }

    public boolean needsReturnDay() {
        return chosenStage().map(stage -> stage.path("kind").asText().equals("FROZEN")).orElse(false);
    }

    /** The typed value of a needed field (kept across stage changes and language switches). */
    public StringProperty field(String name) {
        return fields.computeIfAbsent(name, k -> new SimpleStringProperty(""));
    }

    /** Checks the move on the phone and queues it; false (with the errors shown) when something is missing. */
    public boolean move() {
        errors.clear();
        Optional<SalesSetup> setup = setup();
        if (stageId.get() == null || setup.isEmpty()) {
            message.set(texts.get(setup.isEmpty() ? "deal.noSetup" : "deal.chooseStage"));
            return false;
        }
        LocalDate returnDay = null;
        if (needsReturnDay() && !returnOn.get().isBlank()) {
            try {
                returnDay = LocalDate.parse(returnOn.get().strip());
            } catch (DateTimeParseException e) {
                errors.put("returnOn", texts.get("deal.invalid"));
                return false;
            }
        }
        Map<String, String> typed = new HashMap<>();
        neededFields().forEach(name -> typed.put(name, field(name).get()));
        DealMove move = new DealMove(stageId.get(), reason.get(), returnDay,
                comment.get().isBlank() ? null : comment.get().strip(), typed);
        try {
            data.actions().moveDeal(dealId, move, setup.get(), LocalDate.now(data.clock().withZone(data.zone())));
        } catch (MoveRefused refused) {
            for (FieldProblem problem : refused.problems()) {
                errors.put(problem.field(), texts.get(problem.kind() == FieldProblem.Kind.MISSING ? "deal.missing"
                        : "deal.invalid"));
            }
            return false;
        }
        moved.set(true);
        message.set(texts.get("deal.moved"));
        status.refresh();
        status.syncNow();
        return true;
    }

    public ObjectProperty<String> stageIdProperty() {
        return stageId;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty returnOnProperty() {
        return returnOn;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty movedProperty() {
        return moved;
    }
}
