package dev.fieldcrm.mobile.app.settings;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import java.util.Locale;
import java.util.function.IntSupplier;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Language (ru/en, switched in place), who is signed in, what location is used for, sign out. */
public final class SettingsScreen extends TitledScreen {

    /**
     * @param user       who is signed in, with {@code role}, for the "signed in as" line
     * @param unsent     the rep's changes not yet on the server: signing out deletes them, so the rep is asked first
     * @param onSignOut  forgets the session and the rep's data on the phone, and returns to sign-in
     */
    public SettingsScreen(Texts texts, String user, String role, IntSupplier unsent, Runnable onSignOut) {
        super(texts, "settings.title");
        ToggleGroup languages = new ToggleGroup();
        HBox languageRow = new HBox(8);
        for (Locale locale : Texts.SUPPORTED) {
            ToggleButton choice = new ToggleButton(locale.getDisplayLanguage(locale));
            choice.setId("language-" + locale.getLanguage());
            choice.setAccessibleText(choice.getText());
            choice.getStyleClass().add("choice");
            choice.setToggleGroup(languages);
            choice.setSelected(locale.equals(texts.locale()));
            choice.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(choice, Priority.ALWAYS);
            choice.setOnAction(e -> {
                texts.localeProperty().set(locale);
                choice.setSelected(true);
            });
            languageRow.getChildren().add(choice);
        }
        VBox warning = new VBox(8);
        warning.setVisible(false);
        warning.setManaged(false);
        Button signOut = Widgets.button("sign-out", texts, "settings.signOut", () -> {
            int count = unsent.getAsInt();
            if (count == 0) {
                onSignOut.run();
                return;
            }
            Label text = Widgets.text(texts.bind("settings.unsentWarning", count), "danger");
            text.setId("sign-out-warning");
            text.setWrapText(true);
            Button anyway = Widgets.button("sign-out-anyway", texts, "settings.signOutAnyway", onSignOut);
            anyway.getStyleClass().add("danger");
            anyway.setMaxWidth(Double.MAX_VALUE);
            warning.getChildren().setAll(text, anyway);
            warning.setVisible(true);
            warning.setManaged(true);
        });
        signOut.getStyleClass().add("danger");
        signOut.setMaxWidth(Double.MAX_VALUE);
        content(Widgets.column(Widgets.label(texts, "settings.language", "section-title"), languageRow,
                Widgets.text(texts.bind("settings.signedInAs", user, role), "secondary"),
                Widgets.label(texts, "settings.location", "secondary"), signOut, warning));
    }

}
