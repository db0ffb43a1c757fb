package dev.fieldcrm.mobile.app;

import static dev.fieldcrm.mobile.app.support.PhoneHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.app.screenshots.DashboardSample;
import dev.fieldcrm.mobile.app.support.AccessibilityAudit;
import dev.fieldcrm.mobile.app.support.PhoneTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Every screen a rep and a manager reach, as the phone shows it, passes {@link AccessibilityAudit}: each control
 * has text for a screen reader and a touch target of at least 48 × 48 px (= dp at the phone window's scale), and no
 * text is smaller than the readable minimum.
 */
class AccessibilityTest extends PhoneTest {
    private final List<String> breaches = new ArrayList<>();

    @Test
    void everyRepScreen_hasLabelledControls_fingerSizedTargets_andReadableText(FxRobot robot) {
        audit(robot, "sign-in");
        phone.signIn(robot, "anna");
        audit(robot, "today");
        robot.clickOn("#plan-route");
        waitUntil(() -> !robot.lookup("#route-message").queryAs(Label.class).getText().isEmpty());
        audit(robot, "today with a planned route");

        robot.clickOn("#tab-clients");
        audit(robot, "clients");
        robot.clickOn("#nearby");
        audit(robot, "clients nearby");

        robot.clickOn("#tab-today");
        robot.clickOn("#open-T1");
        waitUntil(() -> robot.lookup("#client-card").tryQuery().isPresent());
        audit(robot, "client card");
        robot.clickOn("#card-log");
        waitUntil(() -> robot.lookup("#summary").tryQuery().isPresent());
        audit(robot, "log interaction");
        robot.clickOn("#check-in");
        waitUntil(() -> !robot.lookup("#log-message").queryAs(Label.class).getText().isEmpty());
        audit(robot, "log interaction after check-in");
        robot.clickOn("#back");

        phone.refusedReschedule(robot, "T2", Instant.parse("2026-12-08T07:00:00Z"));
        audit(robot, "needs attention with a conflict");
        robot.clickOn("#tab-settings");
        audit(robot, "settings");

        assertThat(breaches).isEmpty();
    }

    @Test
    void theDealAndNewOrderScreens_haveLabelledControls_fingerSizedTargets_andReadableText(FxRobot robot) {
        phone.api.pipelineDeal("D1", "C1", "Espresso machines for 3 shops", "new", "420000.00");
        phone.signIn(robot, "anna");
        robot.clickOn("#open-T1");
        // Opened online, the card fetches the stages and the price book first.
        waitUntil(() -> !phone.app.syncStatus().syncingProperty().get()
                && robot.lookup("#deal-D1").tryQuery().isPresent()
                && phone.app.data().core().reference().priceBook("C1").isPresent());
        robot.clickOn("#deal-D1");
        audit(robot, "deal");
        robot.clickOn("#stage-lost");
        audit(robot, "deal moving to lost, with the reason picker");
        robot.clickOn("#back");

        robot.clickOn("#card-order");
        audit(robot, "new order");
        robot.clickOn("#more-BEANS-1KG");
        audit(robot, "new order with a line");

        assertThat(breaches).isEmpty();
    }

    @Test
    void theManagersTeamTab_hasLabelledControls_fingerSizedTargets_andReadableText(FxRobot robot) {
        phone.api.dashboard(DashboardSample.json());
        phone.signIn(robot, "maria");
        robot.clickOn("#tab-dashboard");
        waitUntil(() -> !robot.lookup("#offences-count").queryAs(Label.class).getText().equals("0"));
        audit(robot, "team dashboard");

        assertThat(breaches).isEmpty();
    }

    private void audit(FxRobot robot, String screen) {
        AtomicReference<AccessibilityAudit.Result> result = new AtomicReference<>();
        robot.interact(() -> result.set(AccessibilityAudit.of(screen, phone.app.root())));
        assertThat(result.get().controls()).as("controls checked on " + screen).isPositive();
        breaches.addAll(result.get().breaches());
    }
}
