package dev.fieldcrm.mobile.app.sync;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.core.sync.SyncReport;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What every screen shows about sync: how many of the rep's changes are still only on the phone (the app bar's
 * "pending" badge), how many need attention, and how the last sync ended. {@link #syncNow()} runs the core's
 * {@code SyncEngine} on the background thread; {@link #refresh()} re-reads the counts after a local change.
 */
public final class SyncStatus {
    private final IntegerProperty pending = new SimpleIntegerProperty();
    private final IntegerProperty conflicts = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty syncing = new SimpleBooleanProperty();
    private final RepData data;
    private final Background background;
    private final StatusLine line;
    private final Runnable afterSync;

    /** @param afterSync runs on the JavaFX thread after each sync (screens reload from the local store) */
    public SyncStatus(RepData data, Background background, Texts texts, Runnable afterSync) {
        this.data = data;
        this.background = background;
        this.line = new StatusLine(texts);
        this.afterSync = afterSync;
        refresh();
    }

    /** Re-reads the counts (call after a change was queued or a conflict resolved). */
    public void refresh() {
        pending.set(data.outbox().size());
        conflicts.set(data.conflicts().size());
    }

    /** Push then pull; a second tap while a sync runs does nothing. */
    public void syncNow() {
        if (syncing.get()) {
            return;
        }
        syncing.set(true);
        background.run(() -> data.sync().sync(), this::finished, failure -> {
            syncing.set(false);
            refresh();
            message.set(line.failed(failure, pending.get()));
        });
    }

    private void finished(SyncReport report) {
        syncing.set(false);
        refresh();
        message.set(line.after(report, pending.get(), conflicts.get()));
        afterSync.run();
    }

    public IntegerProperty pendingProperty() {
        return pending;
    }

    public IntegerProperty conflictsProperty() {
        return conflicts;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty syncingProperty() {
        return syncing;
    }
}
