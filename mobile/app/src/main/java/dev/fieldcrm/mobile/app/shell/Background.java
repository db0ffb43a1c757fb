package dev.fieldcrm.mobile.app.shell;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs slow work (network, disk) off the JavaFX thread, one task at a time and in order — the local store and the
 * outbox are single-threaded by design — and hands the result back on the JavaFX thread.
 */
public final class Background {
    private final Executor worker;
    private final Executor ui;

    /**
     * @param worker where the work runs
     * @param ui     where results are delivered ({@code Platform::runLater} in the app; tests of view-models without
     *               a JavaFX toolkit pass {@code Runnable::run} for both, which makes every call synchronous)
     */
    public Background(Executor worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    /** Runs everything at once on the caller's thread: for view-model tests. */
    public static Background immediate() {
        return new Background(Runnable::run, Runnable::run);
    }

    /** One daemon worker thread, so a running sync never keeps the app from closing. */
    public static Background singleThread() {
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fieldcrm-background");
            thread.setDaemon(true);
            return thread;
        });
        return new Background(executor, Platform::runLater);
    }

    /** Runs {@code action} on the UI thread (from a device callback or the API client's session listener). */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Exception> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                ui.execute(() -> onDone.accept(result));
            } catch (Exception e) {
                ui.execute(() -> onFailure.accept(e));
            }
        });
    }
}
