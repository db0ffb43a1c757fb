package dev.fieldcrm.mobile.core.testing;

import dev.fieldcrm.mobile.core.MobileCore;
import dev.fieldcrm.mobile.core.api.ApiClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of the core on a device directory of its own, talking to a {@link FakeApi} that stops after each test. */
public abstract class CoreOnFakeApi {
    @TempDir
    protected Path dir;

    protected final FakeApi server = FakeApi.start();

    @AfterEach
    void stopTheServer() {
        server.close();
    }

    /** The core (re)opened on the test's directory with the clock standing at {@code now}. */
    protected MobileCore coreAt(Instant now) {
        return MobileCore.open(dir, ApiClient.to(server.baseUrl()), Clock.fixed(now, ZoneOffset.UTC));
    }
}
