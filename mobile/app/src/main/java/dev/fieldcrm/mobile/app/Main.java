package dev.fieldcrm.mobile.app;

import javafx.application.Application;

/**
 * Starts {@link FieldCrmApp} from a plain class path (mobile/run-app): the JDK launcher refuses a main class that
 * extends {@link Application} when JavaFX is not on the module path, so this one does not.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(FieldCrmApp.class, args);
    }
}
