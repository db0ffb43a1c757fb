package dev.fieldcrm.mobile.app.shell;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The cold-start benchmark's hook (mobile/bench/run-cold-start.sh): with {@code -Dfieldcrm.bench.exitWhenRendered=true}
 * the first layout pass after which a watched view shows what it should prints {@code [fieldcrm] rendered <epoch ms>}
 * and ends the process, so the script measures process start → first screen. Off (the default), {@link #watch} returns
 * at once and registers nothing.
 */
public final class RenderedMarker {
    private static final boolean ENABLED = Boolean.getBoolean("fieldcrm.bench.exitWhenRendered");

    private RenderedMarker() {
    }

    /** After each layout pass of the view's scene, checks {@code rendered}; the first time it holds, marks and exits. */
    public static void watch(Node view, BooleanSupplier rendered) {
        if (!ENABLED) {
            return;
        }
        Runnable check = () -> {
            if (rendered.getAsBoolean()) {
                mark();
            }
        };
        if (view.getScene() != null) {
            view.getScene().addPostLayoutPulseListener(check);
        }
        view.sceneProperty().addListener((obs, old, scene) -> listen(scene, check));
    }

    private static void listen(Scene scene, Runnable check) {
        if (scene != null) {
            scene.addPostLayoutPulseListener(check);
        }
    }

    /** Prints the marker line with the wall-clock time and ends the process (the benchmark's JVMs only). */
    public static void mark() {
        System.out.println("[fieldcrm] rendered " + System.currentTimeMillis());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
