package dev.fieldcrm.api.mobile;

import dev.fieldcrm.mobile.core.MobileCore;
import dev.fieldcrm.mobile.core.api.ApiException;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;

/** The mobile core on a device directory, talking to this API in-process, or to nothing (no network). */
final class Phones {
    private Phones() {
    }

    /** The app opened (again) on {@code storage} at {@code clock}'s time, signed in as {@code user} of acme. */
    static MobileCore online(Path storage, String user, Clock clock) throws ApiException {
        MobileCore core = MobileCore.open(storage, URI.create("http://localhost:" + RestAssured.port), clock);
        core.api().localLogin("acme", user);
        return core;
    }

    /** The app on {@code storage} with no network: its API address is a port nobody listens on. */
    static MobileCore offline(Path storage) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        return MobileCore.open(storage, URI.create("http://127.0.0.1:" + closedPort), Clock.systemUTC());
    }
}
