package dev.fieldcrm.mobile.app.support;

import dev.fieldcrm.mobile.app.FieldCrmApp;
import dev.fieldcrm.mobile.app.MobileApp;
import dev.fieldcrm.mobile.app.device.FixedLocation;
import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.shell.Theme;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.outbox.OutboxCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app (real core: store, outbox, sync engine, HTTP client) in a phone-sized stage, against a {@link FakeBackend}
 * with a demo rep's day: three clients around central Moscow, one overdue step and two for today. The clock is
 * 2026-12-07 09:00 in Moscow and moves only when a test moves it; GPS stands at {@link FixedLocation#DEMO}.
 */
public final class PhoneHarness {
    public static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    /** Generous: the machine running the tests is shared; waiting ends as soon as the condition holds. */
    private static final long WAIT_SECONDS = 30;

    public final FakeBackend api;
    public final MutableClock clock = new MutableClock(NOW);
    public final Path dataDir;
    public final List<String> openedLinks = new CopyOnWriteArrayList<>();
    public final MobileApp app;

    private PhoneHarness(Stage stage, Consumer<PhoneHarness> configure) {
        api = FakeBackend.start();
        seedDay(api);
        try {
            dataDir = Files.createTempDirectory("fieldcrm-phone");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app = new MobileApp(ApiClient.to(api.baseUrl()), dataDir, new FixedLocation(FixedLocation.DEMO),
                new Texts(Texts.ENGLISH), Background.singleThread(), clock, openedLinks::add);
        Scene scene = new Scene(app.root(), FieldCrmApp.PHONE_WIDTH, FieldCrmApp.PHONE_HEIGHT);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        configure.accept(this);
        app.start();
    }

    /** Call from the test's {@code @Start} method (on the JavaFX thread). */
    public static PhoneHarness open(Stage stage) {
        return new PhoneHarness(stage, phone -> { });
    }

    /** Like {@link #open(Stage)}; {@code configure} runs before the app starts (device services, a stored session). */
    public static PhoneHarness open(Stage stage, Consumer<PhoneHarness> configure) {
        return new PhoneHarness(stage, configure);
    }

    private static void seedDay(FakeBackend api) {
        api.client("C1", "Coffee Point", "Moscow", 55.7601, 37.6186);
        api.client("C2", "Baker Street Cafe", "Moscow", 55.7415, 37.6290);
        api.client("C3", "Tea House", "Moscow", 55.7700, 37.5950);
        api.task("T1", "C1", "VISIT", "Tasting of the new roast", "2026-12-06T08:00:00Z");
        api.task("T2", "C2", "CALL", "Confirm the order", "2026-12-07T08:00:00Z");
        api.task("T3", "C3", "VISIT", "Bring the price list", "2026-12-07T11:00:00Z");
    }

    /** Signs in through the sign-in screen and waits until Today shows the synced day. */
    public void signIn(FxRobot robot, String user) {
        robot.clickOn("#user").write(user);
        robot.clickOn("#sign-in");
        waitUntil(() -> robot.lookup("#task-T1").tryQuery().isPresent());
    }

    /**
     * Makes a change the server refuses and opens it under "Needs attention": after the synced day, someone else
     * renames step {@code taskId} on the server while the rep moves it to {@code myTime}; the rep syncs and gets a
     * 412. Returns the refused command's id (the conflict's).
     */
    public String refusedReschedule(FxRobot robot, String taskId, Instant myTime) {
        waitUntil(() -> !app.syncStatus().syncingProperty().get());
        api.changeTaskOnServer(taskId, "Confirm the order and the delivery date");
        AtomicReference<OutboxCommand> moved = new AtomicReference<>();
        robot.interact(() -> {
            moved.set(app.data().actions().rescheduleTask(taskId, myTime));
            app.syncStatus().refresh();
        });
        String conflictId = moved.get().id();
        robot.clickOn("#pending-badge");
        waitUntil(() -> !app.syncStatus().syncingProperty().get()
                && app.syncStatus().conflictsProperty().get() == 1);
        robot.clickOn("#tab-attention");
        waitUntil(() -> robot.lookup("#conflict-" + conflictId).tryQuery().isPresent());
        return conflictId;
    }

    /** Waits (polling the JavaFX thread's state) until the condition holds; fails after a generous deadline. */
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not reached; the screen shows: " + ScreenText.of(), e);
        }
    }

    public void close() {
        api.close();
    }
}
