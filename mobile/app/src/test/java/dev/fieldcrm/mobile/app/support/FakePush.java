package dev.fieldcrm.mobile.app.support;

import dev.fieldcrm.mobile.app.device.PushNotifications;
import java.util.Map;
import java.util.function.Consumer;

/** The phone's push service, which tests cannot reach: the test hands out tokens and taps notifications. */
public final class FakePush implements PushNotifications {
    private volatile Consumer<String> tokens = token -> { };
    private volatile Consumer<Map<String, String>> taps = payload -> { };

    @Override
    public String platform() {
        return "ANDROID";
    }

    @Override
    public void start(Consumer<String> onToken, Consumer<Map<String, String>> onTapped) {
        tokens = onToken;
        taps = onTapped;
    }

    /** The push service gives (or rotates) the token; like the real one, not on the JavaFX thread. */
    public void token(String token) {
        Thread.ofVirtual().start(() -> tokens.accept(token));
    }

    public void tap(Map<String, String> payload) {
        Thread.ofVirtual().start(() -> taps.accept(payload));
    }
}
