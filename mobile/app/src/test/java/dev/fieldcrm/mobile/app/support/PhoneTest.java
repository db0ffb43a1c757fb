package dev.fieldcrm.mobile.app.support;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A TestFX test of the whole app: a fresh {@link PhoneHarness} (app, data directory, fake backend) per test. */
@ExtendWith(ApplicationExtension.class)
public abstract class PhoneTest {
    protected PhoneHarness phone;

    @Start
    void openThePhone(Stage stage) {
        phone = PhoneHarness.open(stage);
    }

    @AfterEach
    void closeTheBackend() {
        phone.close();
    }
}
