package dev.fieldcrm.mobile.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The audit itself: it must catch each kind of breach (a green {@code AccessibilityTest} means nothing otherwise). */
@ExtendWith(ApplicationExtension.class)
class AccessibilityAuditTest {
    private VBox root;

    @Start
    void aScreenBreakingEveryRule(Stage stage) {
        Button tiny = new Button("OK");
        tiny.setId("tiny");
        tiny.setMinSize(30, 30);
        tiny.setMaxSize(30, 30);
        Button mute = new Button();
        mute.setId("mute");
        mute.setMinSize(60, 60);
        TextField unlabelled = new TextField();
        unlabelled.setId("unlabelled");
        unlabelled.setMinHeight(60);
        Label fine = new Label("Small print");
        fine.setFont(Font.font(9));
        Button hidden = new Button();
        hidden.setVisible(false);
        root = new VBox(tiny, mute, unlabelled, fine, hidden);
        stage.setScene(new Scene(root, 390, 844));
        stage.show();
    }

    @Test
    void reportsSmallTargets_controlsWithoutText_andTinyFonts_butNotHiddenControls(FxRobot robot) {
        AtomicReference<AccessibilityAudit.Result> result = new AtomicReference<>();
        robot.interact(() -> result.set(AccessibilityAudit.of("sample", root)));

        assertThat(result.get().controls()).isEqualTo(3);
        assertThat(result.get().breaches()).containsExactlyInAnyOrder(
                "sample: Button #tiny 'OK' is 30 × 30 px (< 48 px)",
                "sample: Button #mute '' has no accessible text or label",
                "sample: TextField #unlabelled has no accessible text or label",
                "sample: text 'Small print' is 9.0 px (< 12 px)");
    }
}
