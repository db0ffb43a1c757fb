package dev.fieldcrm.mobile.app;

import static dev.fieldcrm.mobile.app.support.PhoneHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.app.support.PhoneTest;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.time.Instant;
import javafx.scene.control.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A change the server refuses (someone else changed the step first: 412) is never dropped: it waits under
 * "Needs attention" with both versions until the rep keeps theirs or the server's.
 */
class ConflictFlowTest extends PhoneTest {
    private static final Instant MY_TIME = Instant.parse("2026-12-08T07:00:00Z");

    private String conflictId;

    @BeforeEach
    void aRescheduleRefusedBecauseTheManagerRenamedTheStep(FxRobot robot) {
        phone.signIn(robot, "anna");
        conflictId = phone.refusedReschedule(robot, "T2", MY_TIME);
    }

    @Test
    void theConflictShowsBothVersions_andKeepMineSendsMyTimeOnTopOfTheirs(FxRobot robot) {
        assertThat(robot.lookup("#conflict-" + conflictId).queryParent().lookupAll(".label"))
                .extracting(node -> ((javafx.scene.control.Label) node).getText())
                .contains("dueAt", MY_TIME.toString(), "2026-12-07T08:00:00Z", "Why: the task was changed by someone else");

        robot.clickOn("#keep-mine-" + conflictId);

        waitUntil(() -> phone.api.storedTask("T2").get("version").asLong() == 3
                && !phone.app.syncStatus().syncingProperty().get());
        assertThat(phone.api.storedTask("T2").get("dueAt").asText()).isEqualTo(MY_TIME.toString());
        assertThat(phone.api.storedTask("T2").get("title").asText())
                .as("the manager's change survives").isEqualTo("Confirm the order and the delivery date");
        waitUntil(() -> robot.lookup("#conflict-" + conflictId).tryQuery().isEmpty());
        assertThat(robot.lookup("#pending-badge").queryAs(Button.class).isVisible()).isFalse();
    }

    @Test
    void takeTheirs_dropsMyChange_andThePhoneShowsTheServersStep(FxRobot robot) {
        robot.clickOn("#take-theirs-" + conflictId);

        waitUntil(() -> robot.lookup("#conflict-" + conflictId).tryQuery().isEmpty());
        var local = phone.app.data().store().get(RecordKind.TASK, "T2").orElseThrow();
        assertThat(local.data().get("title").asText()).isEqualTo("Confirm the order and the delivery date");
        assertThat(local.data().get("dueAt").asText()).isEqualTo("2026-12-07T08:00:00Z");
        assertThat(phone.api.storedTask("T2").get("version").asLong()).as("nothing more was sent").isEqualTo(2);
        assertThat(phone.app.data().outbox().size()).isZero();
    }
}
