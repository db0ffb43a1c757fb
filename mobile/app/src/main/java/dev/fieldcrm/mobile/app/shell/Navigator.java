package dev.fieldcrm.mobile.app.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Where the rep is: the selected bottom tab and, per tab, a back stack of screens (tab root first). Switching tabs
 * keeps each tab's stack, as phone users expect; the root screens are created lazily and kept, so their state
 * survives. Plain JavaFX properties: presenters and tests use it without a window.
 */
public final class Navigator {
    private final Map<Tab, Supplier<Screen>> roots = new EnumMap<>(Tab.class);
    private final Map<Tab, Deque<Screen>> stacks = new EnumMap<>(Tab.class);
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>();
    private final ObjectProperty<Screen> current = new SimpleObjectProperty<>();
    private final SimpleIntegerProperty depth = new SimpleIntegerProperty();

    /** Registers the root screen of a tab (created on first visit). */
    public Navigator root(Tab destination, Supplier<Screen> screen) {
        roots.put(destination, Objects.requireNonNull(screen));
        return this;
    }

    public boolean has(Tab destination) {
        return roots.containsKey(destination);
    }

    /** Shows a tab: its stack as it was left, or its root on the first visit. */
    public void select(Tab destination) {
        if (!roots.containsKey(destination)) {
            throw new IllegalArgumentException("no screen for tab " + destination);
        }
        Deque<Screen> stack = stacks.computeIfAbsent(destination, t -> new ArrayDeque<>());
        if (stack.isEmpty()) {
            stack.push(roots.get(destination).get());
        }
        tab.set(destination);
        show(stack.peek());
    }

    /** Opens a screen on top of the current tab's stack (e.g. a client card from Today). */
    public void push(Screen screen) {
        stack().push(screen);
        show(screen);
    }

    /** Goes one screen back; at a tab root it does nothing (the phone's back then leaves the app). */
    public boolean back() {
        Deque<Screen> stack = stack();
        if (stack.size() <= 1) {
            return false;
        }
        stack.pop();
        show(stack.peek());
        return true;
    }

    /** Forgets every stack (sign out): the next {@link #select} starts from fresh roots. */
    public void reset() {
        stacks.clear();
        current.set(null);
        tab.set(null);
        depth.set(0);
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current;
    }

    public ReadOnlyObjectProperty<Tab> tabProperty() {
        return tab;
    }

    public Screen current() {
        return current.get();
    }

    /** True when there is a screen to go back to (the app bar shows its back button). */
    public BooleanBinding canGoBack() {
        return Bindings.greaterThan(depth, 1);
    }

    private Deque<Screen> stack() {
        if (tab.get() == null) {
            throw new IllegalStateException("select a tab first");
        }
        return stacks.get(tab.get());
    }

    private void show(Screen screen) {
        depth.set(stack().size());
        current.set(screen);
        screen.onShow();
    }
}
