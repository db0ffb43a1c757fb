package dev.fieldcrm.mobile.app.shell;

import dev.fieldcrm.mobile.app.i18n.Texts;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * The phone frame: an app bar (back, title, pending-sync badge) on top, the current screen in the middle and the
 * bottom tabs within thumb reach. Everything tappable is at least 48 px high (see {@code fieldcrm.css}).
 */
public final class AppShell extends BorderPane {
    private final Navigator navigator;
    private final StackPane content = new StackPane();
    private final Label title = new Label();
    private final Button back = new Button();
    private final Button badge = new Button();
    private final ToggleGroup tabs = new ToggleGroup();
    private final HBox tabBar = new HBox();

    /**
     * @param pendingCount the number of local changes not yet on the server (the badge hides at zero)
     * @param onBadge      what a tap on the badge does (sync now)
     */
    public AppShell(Navigator navigator, Texts texts, List<Tab> visibleTabs, ObservableValue<Number> pendingCount,
            Runnable onBadge) {
        this.navigator = navigator;
        getStyleClass().add("app-shell");

        back.setId("back");
        back.textProperty().bind(texts.bind("nav.back"));
        back.accessibleTextProperty().bind(texts.bind("nav.back"));
        back.visibleProperty().bind(navigator.canGoBack());
        back.managedProperty().bind(back.visibleProperty());
        back.setOnAction(e -> navigator.back());
        back.getStyleClass().add("flat");

        title.setId("screen-title");
        title.getStyleClass().add("app-title");
        title.setAccessibleRole(AccessibleRole.TEXT);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);

        badge.setId("pending-badge");
        badge.getStyleClass().add("pending-badge");
        badge.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("sync.pending", pendingCount.getValue().intValue()), pendingCount,
                texts.localeProperty()));
        badge.accessibleTextProperty().bind(badge.textProperty());
        badge.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> pendingCount.getValue().intValue() > 0, pendingCount));
        badge.managedProperty().bind(badge.visibleProperty());
        badge.setOnAction(e -> onBadge.run());

        HBox appBar = new HBox(8, back, title, badge);
        appBar.getStyleClass().add("app-bar");
        appBar.setAlignment(Pos.CENTER_LEFT);

        for (Tab destination : visibleTabs) {
            ToggleButton button = new ToggleButton();
            button.setId("tab-" + destination.name().toLowerCase());
            button.textProperty().bind(texts.bind(destination.textKey()));
            button.accessibleTextProperty().bind(button.textProperty());
            button.setUserData(destination);
            button.setToggleGroup(tabs);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("tab-button");
            button.setOnAction(e -> navigator.select(destination));
            HBox.setHgrow(button, Priority.ALWAYS);
            tabBar.getChildren().add(button);
        }
        tabBar.getStyleClass().add("tab-bar");

        navigator.currentProperty().addListener((obs, old, now) -> show(now));
        navigator.tabProperty().addListener((obs, old, now) -> tabs.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));

        setTop(appBar);
        setCenter(content);
        setBottom(tabBar);
    }

    private void show(Screen screen) {
        if (screen == null) {
            title.textProperty().unbind();
            content.getChildren().clear();
            return;
        }
        title.textProperty().bind(screen.title());
        content.getChildren().setAll(screen.view());
    }
}
