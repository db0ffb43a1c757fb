package dev.fieldcrm.mobile.app.bench;

import dev.fieldcrm.mobile.app.FieldCrmApp;
import dev.fieldcrm.mobile.app.shell.RenderedMarker;
import dev.fieldcrm.mobile.app.shell.Theme;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * Not a test: the cold-start benchmark's floor — a JVM showing a phone-sized JavaFX stage with one label, marked
 * after its first layout exactly as the app's Today is ({@link RenderedMarker}); with {@code --themed} in the app's
 * theme (AtlantaFX Primer + fieldcrm.css), to tell the theme's cost from the app's own. Started through {@link #main} so the
 * class path needs no module path (as {@code dev.fieldcrm.mobile.app.Main}).
 */
public final class HelloStage {
    private HelloStage() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The application itself (the launcher refuses a main class that extends Application, see above). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Label hello = new Label("Hello");
            RenderedMarker.watch(hello, () -> hello.getLayoutBounds().getHeight() > 0);
            Scene scene = new Scene(hello, FieldCrmApp.PHONE_WIDTH, FieldCrmApp.PHONE_HEIGHT);
            if (getParameters().getRaw().contains("--themed")) {
                Theme.apply(scene);
            }
            stage.setScene(scene);
            stage.show();
        }
    }
}
