package dev.fieldcrm.mobile.app.support;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A TestFX test of the whole app: a fresh {@link PhoneHarness} (app, data directory, fake backend) per test, in the
 * primary stage. (TestFX looks for {@code @Start} only on the test class itself, so the stage is set up here.)
 */
@ExtendWith(ApplicationExtension.class)
public abstract class PhoneTest {
    protected PhoneHarness phone;

    @BeforeEach
    void openThePhone() throws TimeoutException {
        FxToolkit.setupStage(stage -> phone = PhoneHarness.open(stage, this::beforeStart));
    }

    /** Device services or a stored session for the test, set before the app starts. */
    protected void beforeStart(PhoneHarness phone) {
    }

    @AfterEach
    void closeTheBackend() {
        phone.close();
    }
}
