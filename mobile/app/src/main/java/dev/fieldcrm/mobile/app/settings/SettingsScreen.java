package dev.fieldcrm.mobile.app.settings;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Screen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Language (ru/en, switched in place), who is signed in, what location is used for, sign out. */
public final class SettingsScreen implements Screen {
    private final Texts texts;
    private final VBox view;

    /**
     * @param user       who is signed in, with {@code role}, for the "signed in as" line
     * @param onSignOut  forgets the session and returns to sign-in
     */
    public SettingsScreen(Texts texts, String user, String role, Runnable onSignOut) {
        this.texts = texts;
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
        view = Widgets.column(Widgets.label(texts, "settings.language", "section-title"), languageRow,
                Widgets.text(texts.bind("settings.signedInAs", user, role), "secondary"),
                Widgets.label(texts, "settings.location", "secondary"), signOut);
    }

    @Override
    public ObservableValue<String> title() {
        return texts.bind("settings.title");
    }

    @Override
    public Node view() {
        return view;
    }
}
