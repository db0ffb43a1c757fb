package dev.fieldcrm.mobile.app.device;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The phone's push service (FCM on Android, APNs on iOS): the token to register with the API, and the notifications
 * the rep taps. The edge to the device, which tests and the desktop cannot reach: the desktop has {@link #NONE}.
 */
public interface PushNotifications {

    /** No push (desktop, or a phone without Google Play services). */
    PushNotifications NONE = new PushNotifications() {
        @Override
        public String platform() {
            return "NONE";
        }

        @Override
        public void start(Consumer<String> onToken, Consumer<Map<String, String>> onTapped) {
        }
    };

    /** {@code ANDROID} or {@code IOS}, as the API's device endpoint names them. */
    String platform();

    /**
     * Starts listening: {@code onToken} hears the token now and whenever the push service rotates it;
     * {@code onTapped} hears the data of a notification the rep tapped (e.g. {@code clientId}).
     * Both may be called on any thread.
     */
    void start(Consumer<String> onToken, Consumer<Map<String, String>> onTapped);
}
