package dev.fieldcrm.mobile.app.support;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

/** Every visible text of the open windows, for a failing test's message (what the rep would have seen). */
public final class ScreenText {
    private ScreenText() {
    }

    public static String of() {
        List<String> texts = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null) {
                collect(window.getScene().getRoot(), texts);
            }
        }
        return String.join(" | ", texts);
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            texts.add(labeled.getText());
        } else if (node instanceof TextInputControl input) {
            texts.add("[" + input.getText() + "]");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }
}
