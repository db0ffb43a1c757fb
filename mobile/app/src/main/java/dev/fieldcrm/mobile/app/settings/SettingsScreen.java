package dev.fieldcrm.mobile.app.settings;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Language (ru/en, switched in place), who is signed in, what location is used for, sign out. */
public final class SettingsScreen extends TitledScreen {

    /**
     * @param user       who is signed in, with {@code role}, for the "signed in as" line
     * @param onSignOut  forgets the session and returns to sign-in
     */
    public SettingsScreen(Texts texts, String user, String role, Runnable onSignOut) {
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
        Button signOut = Widgets.button("sign-out", texts, "settings.signOut", onSignOut);
        signOut.getStyleClass().add("danger");
        signOut.setMaxWidth(Double.MAX_VALUE);
        content(Widgets.column(Widgets.label(texts, "settings.language", "section-title"), languageRow,
                Widgets.text(texts.bind("settings.signedInAs", user, role), "secondary"),
                Widgets.label(texts, "settings.location", "secondary"), signOut));
    }

}
