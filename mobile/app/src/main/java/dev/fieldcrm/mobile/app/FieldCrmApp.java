package dev.fieldcrm.mobile.app;

import com.gluonhq.attach.storage.StorageService;
import dev.fieldcrm.mobile.app.device.AttachLocation;
import dev.fieldcrm.mobile.app.device.FixedLocation;
import dev.fieldcrm.mobile.app.device.LocationSource;
import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.shell.Theme;
import dev.fieldcrm.mobile.core.api.ApiClient;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The app's entry point on the phone (GluonFX) and the desktop ({@code ./mvnw -pl mobile/app javafx:run}).
 * Environment: {@code FIELDCRM_API} (default http://localhost:8080), {@code FIELDCRM_HOME} (data directory on the
 * desktop, default ~/.fieldcrm), {@code FIELDCRM_POSITION} ("lat,lon" standing in for GPS on the desktop).
 */
public final class FieldCrmApp extends Application {
    /** A phone-sized window on the desktop (an iPhone 14's points). */
    public static final double PHONE_WIDTH = 390;
    public static final double PHONE_HEIGHT = 844;

    @Override
    public void start(Stage stage) {
        MobileApp app = new MobileApp(ApiClient.to(URI.create(env("FIELDCRM_API", "http://localhost:8080"))),
                dataDirectory(), location(), Texts.forDevice(), Background.singleThread(), Clock.systemDefaultZone(),
                url -> getHostServices().showDocument(url));
        Scene scene = new Scene(app.root(), PHONE_WIDTH, PHONE_HEIGHT);
        Theme.apply(scene);
        stage.setTitle("FieldCRM");
        stage.setScene(scene);
        stage.show();
        app.start();
    }

    private static Path dataDirectory() {
        String configured = System.getenv("FIELDCRM_HOME");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return StorageService.create().flatMap(StorageService::getPrivateStorage).map(File::toPath)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".fieldcrm"));
    }

    private static LocationSource location() {
        return AttachLocation.available().orElseGet(() -> FixedLocation.parse(System.getenv("FIELDCRM_POSITION")));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static void main(String[] args) {
        launch(args);
    }
}
