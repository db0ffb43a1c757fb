package dev.fieldcrm.mobile.app.shell;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX Primer Light as the base look, with our phone sizes on top ({@code fieldcrm.css}). */
public final class Theme {
    private Theme() {
    }

    public static void apply(Scene scene) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Theme.class.getResource("/dev/fieldcrm/mobile/app/fieldcrm.css").toExternalForm());
    }
}
