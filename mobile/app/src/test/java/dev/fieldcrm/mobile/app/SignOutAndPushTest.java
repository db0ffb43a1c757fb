package dev.fieldcrm.mobile.app;

import static dev.fieldcrm.mobile.app.support.PhoneHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.app.card.ClientCardScreen;
import dev.fieldcrm.mobile.app.support.FakePush;
import dev.fieldcrm.mobile.app.support.PhoneHarness;
import dev.fieldcrm.mobile.app.support.PhoneTest;
import dev.fieldcrm.mobile.app.sync.RepData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Push registration and notification taps through the phone's push service (faked), and sign-out. */
class SignOutAndPushTest extends PhoneTest {
    private final FakePush push = new FakePush();

    @Override
    protected void beforeStart(PhoneHarness phone) {
        phone.app.pushWith(push);
    }

    /** Signs anna in with push token fcm-1 and waits until the server holds the registration; its device id. */
    private String signedInWithPush(FxRobot robot) {
        push.token("fcm-1");
        phone.signIn(robot, "anna");
        String device = phone.app.devices().deviceId();
        waitUntil(() -> phone.api.devices().containsKey(device));
        return device;
    }

    @Test
    void thePushTokenIsRegisteredForTheSignedInRep_andARotatedOneReplacesIt(FxRobot robot) {
        String device = signedInWithPush(robot);
        assertThat(phone.api.devices().get(device).path("token").asText()).isEqualTo("fcm-1");
        assertThat(phone.api.devices().get(device).path("platform").asText()).isEqualTo("ANDROID");

        push.token("fcm-2");

        waitUntil(() -> phone.api.devices().get(device).path("token").asText().equals("fcm-2"));
        assertThat(phone.api.requests()).filteredOn(r -> r.startsWith("PUT /api/v1/me/devices/")).hasSize(2);
    }

    @Test
    void tappingANotificationAboutAClientOpensItsCard(FxRobot robot) {
        phone.signIn(robot, "anna");

        push.tap(Map.of("clientId", "C2", "template", "reminder"));

        waitUntil(() -> phone.app.navigator().current() instanceof ClientCardScreen);
        assertThat(robot.lookup("#client-card").tryQuery()).isPresent();
        assertThat(robot.lookup("Baker Street Cafe").tryQuery()).isPresent();
    }

    @Test
    void signingOutWithUnsentChangesWarnsFirst_thenDeletesTheRepsDataSessionAndPushRegistration(FxRobot robot) {
        String device = signedInWithPush(robot);
        Path repDir = RepData.directory(phone.dataDir, phone.app.data().session());
        phone.api.goOffline();
        robot.clickOn("#log-T1");
        robot.clickOn("#summary").write("Met the buyer");
        robot.clickOn("#pick-in_a_week");
        robot.clickOn("#save");
        waitUntil(() -> phone.app.data().outbox().size() == 1 && !phone.app.syncStatus().syncingProperty().get());

        robot.clickOn("#tab-settings");
        robot.clickOn("#sign-out");

        waitUntil(() -> robot.lookup("#sign-out-warning").tryQuery().isPresent());
        assertThat(robot.lookup("#sign-out-warning").queryLabeled().getText())
                .startsWith("1 change has not reached the server yet");
        assertThat(Files.exists(repDir)).as("nothing is deleted before the rep confirms").isTrue();

        phone.api.goOnline();
        robot.clickOn("#sign-out-anyway");

        waitUntil(() -> robot.lookup("#user").tryQuery().isPresent());
        assertThat(Files.exists(repDir)).isFalse();
        assertThat(Files.exists(phone.dataDir.resolve("session.json"))).isFalse();
        assertThat(phone.api.devices()).doesNotContainKey(device);
        assertThat(phone.api.storedInteractions()).as("the confirmed unsent change was not sent").isEmpty();
    }

    @Test
    void signingOutWithNothingUnsentNeedsNoConfirmation(FxRobot robot) {
        phone.signIn(robot, "anna");
        waitUntil(() -> !phone.app.syncStatus().syncingProperty().get());

        robot.clickOn("#tab-settings");
        robot.clickOn("#sign-out");

        waitUntil(() -> robot.lookup("#user").tryQuery().isPresent());
        assertThat(Files.exists(phone.dataDir.resolve("session.json"))).isFalse();
    }
}
