package dev.fieldcrm.mobile.app.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * Checks what is on the phone screen now against the app's accessibility rules (issue 8) and lists every breach:
 * <ul>
 * <li>every interactive control (buttons, toggles, check boxes, text inputs, pickers, sliders) has text a screen
 * reader reads: its accessible text, or else its visible label (a {@link Labeled}'s text, or a {@link Label} made
 * its {@code labelFor});</li>
 * <li>every interactive control is at least {@value #MIN_TOUCH_PX} × {@value #MIN_TOUCH_PX} px — the test window is
 * the phone's size in points (390 × 844), so 1 px here is 1 dp/pt on the phone: Material's 48 dp, Apple's 44 pt;</li>
 * <li>every visible text is at least {@value #MIN_TEXT_PX} px (Material's smallest caption is 12 sp, Apple's
 * smallest text style 11 pt; body text is 16 px, see fieldcrm.css).</li>
 * </ul>
 * Only visible nodes count; the inside of a control (its skin's own nodes) is the control's business, except its
 * text, which must be readable too.
 */
public final class AccessibilityAudit {
    public static final double MIN_TOUCH_PX = 48;
    public static final double MIN_TEXT_PX = 12;

    private final List<String> breaches = new ArrayList<>();
    private final List<Node> labelTargets = new ArrayList<>();
    private int controls;

    private AccessibilityAudit() {
    }

    /** The breaches on the screen under {@code root}, each naming the screen, the node and the rule. */
    public static Result of(String screen, Parent root) {
        AccessibilityAudit audit = new AccessibilityAudit();
        audit.collectLabelTargets(root);
        audit.walk(screen, root, false);
        return new Result(audit.controls, audit.breaches);
    }

    /** @param controls how many interactive controls were checked (a walk that found none checked nothing) */
    public record Result(int controls, List<String> breaches) {
    }

    private void collectLabelTargets(Node node) {
        if (node instanceof Label label && label.getLabelFor() != null) {
            labelTargets.add(label.getLabelFor());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::collectLabelTargets);
        }
    }

    private void walk(String screen, Node node, boolean insideControl) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Text text && !text.getText().isBlank() && text.getFont().getSize() < MIN_TEXT_PX) {
            breaches.add(String.format(Locale.ROOT, "%s: text '%s' is %.1f px (< %.0f px)", screen, text.getText(),
                    text.getFont().getSize(), MIN_TEXT_PX));
        }
        boolean interactive = !insideControl && isInteractive(node);
        if (interactive) {
            check(screen, (Control) node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(screen, child, insideControl || interactive);
            }
        }
    }

    private static boolean isInteractive(Node node) {
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof ChoiceBox<?> || node instanceof Slider || node instanceof Spinner<?>;
    }

    private void check(String screen, Control control) {
        controls++;
        if (spokenText(control).isBlank()) {
            breaches.add(screen + ": " + describe(control) + " has no accessible text or label");
        }
        Bounds size = control.getLayoutBounds();
        if (size.getWidth() < MIN_TOUCH_PX || size.getHeight() < MIN_TOUCH_PX) {
            breaches.add(String.format(Locale.ROOT, "%s: %s is %.0f × %.0f px (< %.0f px)", screen, describe(control),
                    size.getWidth(), size.getHeight(), MIN_TOUCH_PX));
        }
    }

    private String spokenText(Control control) {
        if (control.getAccessibleText() != null && !control.getAccessibleText().isBlank()) {
            return control.getAccessibleText();
        }
        if (control instanceof Labeled labeled && labeled.getText() != null) {
            return labeled.getText();
        }
        return labelTargets.contains(control) ? "labelled" : "";
    }

    private static String describe(Control control) {
        String text = control instanceof Labeled labeled ? " '" + labeled.getText() + "'" : "";
        return control.getClass().getSimpleName() + (control.getId() == null ? "" : " #" + control.getId()) + text;
    }
}
