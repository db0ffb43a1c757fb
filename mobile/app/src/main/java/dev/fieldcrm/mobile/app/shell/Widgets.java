package dev.fieldcrm.mobile.app.shell;

import dev.fieldcrm.mobile.app.i18n.Texts;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The few control shapes every screen uses, made once so labels, accessible text and sizes stay consistent: a
 * control's accessible text is always its visible label (screen readers read what the rep sees).
 */
public final class Widgets {
    private Widgets() {
    }

    public static Button button(String id, Texts texts, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(texts.bind(key));
        button.accessibleTextProperty().bind(button.textProperty());
        button.setOnAction(e -> action.run());
        return button;
    }

    public static Label label(Texts texts, String key, String... styleClasses) {
        Label label = new Label();
        label.textProperty().bind(texts.bind(key));
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    public static Label text(ObservableValue<String> value, String... styleClasses) {
        Label label = new Label();
        label.textProperty().bind(value);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    public static Label text(String value, String... styleClasses) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A text field with its caption above it; the caption is also the field's prompt and accessible text. */
    public static VBox field(String id, Texts texts, String key, TextField field) {
        field.setId(id);
        field.promptTextProperty().bind(texts.bind(key));
        field.accessibleTextProperty().bind(texts.bind(key));
        return new VBox(4, label(texts, key, "secondary"), field);
    }

    /** Fills a list with one node per item, or with the muted "nothing here" text of {@code emptyKey}. */
    public static <T> void fill(javafx.scene.layout.Pane list, java.util.List<T> items, Texts texts, String emptyKey,
            java.util.function.Function<T, javafx.scene.Node> row) {
        list.getChildren().clear();
        if (items.isEmpty()) {
            list.getChildren().add(label(texts, emptyKey, "secondary"));
        }
        for (T item : items) {
            list.getChildren().add(row.apply(item));
        }
    }

    /** A vertically scrolling view as wide as the phone. */
    public static javafx.scene.control.ScrollPane scroll(javafx.scene.Node content) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** A screen's content column with the standard padding. */
    public static VBox column(javafx.scene.Node... children) {
        VBox column = new VBox(children);
        column.getStyleClass().add("screen");
        return column;
    }
}
