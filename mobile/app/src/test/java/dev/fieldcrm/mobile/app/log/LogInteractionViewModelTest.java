package dev.fieldcrm.mobile.app.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.app.device.FixedLocation;
import dev.fieldcrm.mobile.app.device.Position;
import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.support.LocalDay;
import dev.fieldcrm.mobile.app.support.MutableClock;
import dev.fieldcrm.mobile.app.sync.RepData;
import dev.fieldcrm.mobile.app.sync.SyncStatus;
import dev.fieldcrm.mobile.core.picks.QuickPick;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogInteractionViewModelTest {
    @TempDir
    Path dir;
    private RepData data;
    private SyncStatus status;
    private final Texts texts = new Texts(Texts.ENGLISH);

    @BeforeEach
    void aClientWithAVisitDueToday() {
        data = LocalDay.open(dir, new MutableClock(Instant.parse("2026-12-07T06:00:00Z")));
        LocalDay.client(data, "C1", "Coffee Point", 55.76, 37.62);
        LocalDay.task(data, "T1", "C1", "VISIT", "2026-12-07T08:00:00Z");
        status = new SyncStatus(data, Background.immediate(), texts, () -> { });
    }

    private LogInteractionViewModel form() {
        return new LogInteractionViewModel(data, status, new FixedLocation(new Position(55.76, 37.62, 8)),
                Background.immediate(), texts, "C1", "Coffee Point", "T1", "VISIT");
    }

    @Test
    void theCommonCase_isTextAndOnePick() {
        LogInteractionViewModel form = form();
        assertThat(form.canSave().get()).isFalse();
        form.summaryProperty().set("Tasting done");
        assertThat(form.canSave().get()).as("a next step or its absence is required").isFalse();
        form.pickProperty().set(QuickPick.TOMORROW_MORNING);
        assertThat(form.canSave().get()).isTrue();
    }

    @Test
    void saving_queuesOneCommand_completesTheStep_andShowsItPending() {
        LogInteractionViewModel form = form();
        form.summaryProperty().set("Tasting done");
        form.pickProperty().set(QuickPick.TOMORROW_MORNING);
        form.checkInHere();

        assertThat(form.save()).isPresent();

        var body = data.outbox().pending().getFirst().request().body();
        assertThat(body.get("type").asText()).isEqualTo("VISIT");
        assertThat(body.get("completesTaskId").asText()).isEqualTo("T1");
        assertThat(body.path("nextStep").get("kind").asText()).isEqualTo("VISIT");
        assertThat(body.path("nextStep").get("title").asText()).isEqualTo("Follow up");
        assertThat(body.path("nextStep").get("dueAt").asText()).as("10:00 in Moscow")
                .isEqualTo("2026-12-08T07:00:00Z");
        assertThat(body.path("checkIn").get("accuracyMeters").asDouble()).isEqualTo(8);
        assertThat(form.messageProperty().get()).isEqualTo("Saved: it will be sent when online");
        assertThat(status.pendingProperty().get()).as("offline: it stays queued").isEqualTo(1);
        assertThat(data.store().get(RecordKind.TASK, "T1").orElseThrow().data().get("status").asText())
                .isEqualTo("DONE");
        assertThat(form.canSave().get()).as("a second tap cannot queue it twice").isFalse();
    }

    @Test
    void noNextStep_isSentWithItsReason_andWithoutAStep() {
        LogInteractionViewModel form = form();
        form.summaryProperty().set("The shop has closed");
        form.noNextStepProperty().set(true);

        form.save();

        var body = data.outbox().pending().getFirst().request().body();
        assertThat(body.has("nextStep")).isFalse();
        assertThat(body.get("noNextStepReason").asText()).isEqualTo("OTHER");
    }

    @Test
    void openedFromTheClientCard_withoutAStep_itIsAVisitThatCompletesNothing() {
        LogInteractionViewModel form = new LogInteractionViewModel(data, status, new FixedLocation(FixedLocation.DEMO),
                Background.immediate(), texts, "C1", "Coffee Point", null, null);
        assertThat(form.typeProperty().get()).isEqualTo("VISIT");
        form.summaryProperty().set("Dropped by");
        form.pickProperty().set(QuickPick.IN_A_WEEK);

        form.save();

        assertThat(data.outbox().pending().getFirst().request().body().has("completesTaskId")).isFalse();
    }

    @Test
    void aNoteIsFollowedByAnOtherKindOfStep() {
        assertThat(LogInteractionViewModel.nextStepKind("NOTE")).isEqualTo("OTHER");
        assertThat(LogInteractionViewModel.nextStepKind("CALL")).isEqualTo("CALL");
    }
}
