package dev.fieldcrm.mobile.app.shell;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * One screen of the app: a view over its view-model. The shell shows {@link #view()} under an app bar titled
 * {@link #title()}; {@link #onShow()} runs each time the screen comes to the front (e.g. to refresh from the local
 * store), so the view is built once and keeps what the rep typed while they look elsewhere.
 */
public interface Screen {
    ObservableValue<String> title();

    Node view();

    default void onShow() {
    }
}
