package dev.fieldcrm.mobile.app;

import static dev.fieldcrm.mobile.app.support.PhoneHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.app.support.PhoneTest;
import java.time.Duration;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The field case the app exists for: no network at the client, the visit is logged anyway and reaches the server once. */
class OfflineVisitTest extends PhoneTest {

    @Test
    void aVisitLoggedOffline_showsPending_andReachesTheServerOnceWhenOnline(FxRobot robot) {
        phone.signIn(robot, "anna");
        phone.api.goOffline();

        robot.clickOn("#log-T1");
        robot.clickOn("#summary").write("Met the buyer, tasting went well");
        robot.clickOn("#pick-in_a_week");
        robot.clickOn("#save");

        Button badge = robot.lookup("#pending-badge").queryAs(Button.class);
        waitUntil(() -> badge.isVisible() && !phone.app.syncStatus().syncingProperty().get());
        assertThat(badge.getText()).isEqualTo("1 pending");
        assertThat(robot.lookup("#task-T1").tryQuery()).as("the completed step leaves Today at once").isEmpty();
        assertThat(phone.api.storedInteractions()).isEmpty();

        phone.api.goOnline();
        phone.clock.advance(Duration.ofHours(1));
        robot.clickOn("#pending-badge");
        waitUntil(() -> !badge.isVisible() && !phone.app.syncStatus().syncingProperty().get());

        assertThat(phone.api.storedInteractions()).singleElement().satisfies(visit -> {
            assertThat(visit.get("type").asText()).isEqualTo("VISIT");
            assertThat(visit.get("summary").asText()).isEqualTo("Met the buyer, tasting went well");
            assertThat(visit.get("completesTaskId").asText()).isEqualTo("T1");
            assertThat(visit.path("nextStep").path("dueAt").asText()).isEqualTo("2026-12-14T07:00:00Z");
        });
        assertThat(phone.app.data().outbox().size()).isZero();
    }
}
