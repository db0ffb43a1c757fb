package dev.fieldcrm.mobile.app;

import com.gluonhq.attach.storage.StorageService;
import dev.fieldcrm.mobile.app.device.AttachLocation;
import dev.fieldcrm.mobile.app.device.ExternalLinks;
import dev.fieldcrm.mobile.app.device.FixedLocation;
import dev.fieldcrm.mobile.app.device.LocationSource;
import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.login.AuthSettings;
import dev.fieldcrm.mobile.app.login.CognitoSignIn;
import dev.fieldcrm.mobile.app.login.LoopbackRedirect;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.shell.Theme;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.auth.OAuthClient;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The app's entry point on the phone (GluonFX) and the desktop ({@code ./mvnw -pl mobile/app javafx:run}).
 * Environment: {@code FIELDCRM_API} (default http://localhost:8080), {@code FIELDCRM_HOME} (data directory on the
 * desktop, default ~/.fieldcrm), {@code FIELDCRM_POSITION} ("lat,lon" standing in for GPS on the desktop),
 * {@code FIELDCRM_AUTH_DOMAIN}/{@code FIELDCRM_AUTH_CLIENT_ID}/{@code FIELDCRM_AUTH_REDIRECT} (Cognito sign-in).
 */
public final class FieldCrmApp extends Application {
    /** A phone-sized window on the desktop (an iPhone 14's points). */
    public static final double PHONE_WIDTH = 390;
    public static final double PHONE_HEIGHT = 844;
    /** How long the rep may take on the sign-in page. */
    private static final Duration SIGN_IN_PATIENCE = Duration.ofMinutes(5);

    @Override
    public void start(Stage stage) {
        ExternalLinks links = url -> getHostServices().showDocument(url);
        Clock clock = Clock.systemDefaultZone();
        MobileApp app = new MobileApp(ApiClient.to(URI.create(env("FIELDCRM_API", "http://localhost:8080"))),
                dataDirectory(), location(), Texts.forDevice(), Background.singleThread(), clock, links);
        cognitoSignIn(links, clock).ifPresent(app::signInWith);
        Scene scene = new Scene(app.root(), PHONE_WIDTH, PHONE_HEIGHT);
        Theme.apply(scene);
        stage.setTitle("FieldCRM");
        stage.setScene(scene);
        stage.show();
        app.start();
    }

    /**
     * Cognito sign-in when {@code FIELDCRM_AUTH_*} is set (see {@link AuthSettings}). The redirect comes back to a
     * loopback listener; a custom-scheme redirect ({@code fieldcrm://auth/callback}) needs Attach's runtime-args
     * service, which is not on Maven Central, so the phone build does not receive it yet (mobile/README.md).
     */
    private static Optional<CognitoSignIn> cognitoSignIn(ExternalLinks links, Clock clock) {
        return AuthSettings.from(System.getenv())
                .filter(settings -> "http".equals(settings.redirectUri().getScheme()))
                .map(settings -> new CognitoSignIn(OAuthClient.of(settings, clock),
                        new LoopbackRedirect(settings.redirectUri(), SIGN_IN_PATIENCE), links));
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
