package dev.fieldcrm.mobile.app.log;

import dev.fieldcrm.mobile.app.device.LocationSource;
import dev.fieldcrm.mobile.app.device.Position;
import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.sync.RepData;
import dev.fieldcrm.mobile.app.sync.SyncStatus;
import dev.fieldcrm.mobile.core.outbox.NewInteraction;
import dev.fieldcrm.mobile.core.outbox.NextStep;
import dev.fieldcrm.mobile.core.outbox.OutboxCommand;
import dev.fieldcrm.mobile.core.picks.QuickPick;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Logging what happened at a client, made for the field: the type comes preselected (from the agenda item, a visit
 * otherwise), so the common case is typing what happened, one tap on a quick pick for the next step, one tap on
 * Save. Saving queues a command in the outbox (works offline) and tries to send it at once.
 *
 * <p>The form's state lives here, not in the controls, so leaving the screen (to check the client card) or
 * switching the language never loses what the rep typed.
 */
public final class LogInteractionViewModel {
    /** Interaction types the rep can pick, in the order of how often reps log them. */
    public static final List<String> TYPES = List.of("VISIT", "CALL", "MEETING", "EMAIL", "NOTE");
    /** Quick picks shown as buttons; the rest of {@link QuickPick} would crowd a phone row. */
    public static final List<QuickPick> PICKS = List.of(QuickPick.LATER_TODAY, QuickPick.TOMORROW_MORNING,
            QuickPick.IN_A_WEEK, QuickPick.IN_TWO_WEEKS);

    private final ObjectProperty<String> type = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty nextStepTitle = new SimpleStringProperty("");
    private final ObjectProperty<QuickPick> pick = new SimpleObjectProperty<>();
    private final BooleanProperty noNextStep = new SimpleBooleanProperty();
    private final ObjectProperty<Position> checkIn = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty saved = new SimpleBooleanProperty();

    private final RepData data;
    private final SyncStatus status;
    private final LocationSource location;
    private final Background background;
    private final Texts texts;
    private final String clientId;
    private final String clientName;
    private final String completesTaskId;

    /**
     * @param completesTaskId the agenda task this interaction closes (opened from Today), or null
     * @param initialType     the preselected type (the task's kind), or null for a visit
     */
    public LogInteractionViewModel(RepData data, SyncStatus status, LocationSource location, Background background,
            Texts texts, String clientId, String clientName, String completesTaskId, String initialType) {
        this.data = data;
        this.status = status;
        this.location = location;
        this.background = background;
        this.texts = texts;
        this.clientId = clientId;
        this.clientName = clientName;
        this.completesTaskId = completesTaskId;
        type.set(initialType != null && TYPES.contains(initialType) ? initialType : "VISIT");
    }

    /** Something was written, and there is a next step or the rep said there is none. */
    public BooleanBinding canSave() {
        return Bindings.createBooleanBinding(() -> !summary.get().isBlank() && (noNextStep.get() || pick.get() != null)
                && !saved.get(), summary, noNextStep, pick, saved);
    }

    /** Takes a GPS fix for a visit's check-in (only now, on the rep's tap); the accuracy is shown before saving. */
    public void checkInHere() {
        background.run(location::current, fix -> {
            checkIn.set(fix.orElse(null));
            message.set(fix.map(p -> texts.get("log.checkedIn", Math.round(p.accuracyMeters())))
                    .orElseGet(() -> texts.get("log.noPosition")));
        }, failure -> message.set(texts.get("log.noPosition")));
    }

    /** Queues the interaction (and its next step) in the outbox, then tries to send it. */
    public Optional<OutboxCommand> save() {
        if (!canSave().get()) {
            message.set(texts.get("log.required"));
            return Optional.empty();
        }
        var now = data.clock().instant();
        NextStep next = null;
        if (!noNextStep.get()) {
            String title = nextStepTitle.get().isBlank() ? texts.get("log.defaultNextStep") : nextStepTitle.get();
            next = NextStep.of(nextStepKind(type.get()), title.strip(),
                    data.core().quickPicks().resolve(pick.get(), data.zone()));
        }
        Position fix = checkIn.get();
        NewInteraction input = new NewInteraction(type.get(), now, summary.get().strip(),
                result.get().isBlank() ? null : result.get().strip(), null, next,
                noNextStep.get() ? "OTHER" : null, null,
                fix == null ? null : new NewInteraction.CheckIn(fix.lat(), fix.lon(), fix.accuracyMeters(), now),
                completesTaskId);
        OutboxCommand queued = data.actions().logInteraction(clientId, input);
        saved.set(true);
        message.set(texts.get("log.saved"));
        status.refresh();
        status.syncNow();
        return Optional.of(queued);
    }

    /** The next step is usually of the same kind (a visit is followed by a visit); a note has no such kind. */
    static String nextStepKind(String interactionType) {
        return "NOTE".equals(interactionType) ? "OTHER" : interactionType;
    }

    public String clientName() {
        return clientName;
    }

    public ObjectProperty<String> typeProperty() {
        return type;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty nextStepTitleProperty() {
        return nextStepTitle;
    }

    public ObjectProperty<QuickPick> pickProperty() {
        return pick;
    }

    public BooleanProperty noNextStepProperty() {
        return noNextStep;
    }

    public ObjectProperty<Position> checkInProperty() {
        return checkIn;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty savedProperty() {
        return saved;
    }
}
