package dev.fieldcrm.mobile.app.shell;

import dev.fieldcrm.mobile.app.i18n.Texts;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** A screen whose title is one of the bundle's strings and whose view is built once, in its constructor. */
public abstract class TitledScreen implements Screen {
    private final ObservableValue<String> title;
    private Node view;

    protected TitledScreen(Texts texts, String titleKey) {
        this.title = texts.bind(titleKey);
    }

    /** Sets the view the shell shows (call once, from the subclass's constructor). */
    protected final <T extends Node> T content(T node) {
        this.view = node;
        return node;
    }

    @Override
    public final ObservableValue<String> title() {
        return title;
    }

    @Override
    public final Node view() {
        return view;
    }
}
