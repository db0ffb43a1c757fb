package dev.fieldcrm.mobile.app.device;

/**
 * Hands a {@code tel:} or map URL to the device (the phone's dialer, its map app for turn-by-turn navigation).
 * The edge to other apps, which tests cannot reach.
 */
public interface ExternalLinks {
    void open(String uri);

    /** A map search for the address (or coordinates), opened in the device's map app. */
    static String navigationTo(String address) {
        return "https://www.google.com/maps/dir/?api=1&destination="
                + java.net.URLEncoder.encode(address, java.nio.charset.StandardCharsets.UTF_8);
    }
}
