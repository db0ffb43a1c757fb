package dev.fieldcrm.mobile.app.attention;

import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.sync.RepData;
import dev.fieldcrm.mobile.app.sync.SyncStatus;
import dev.fieldcrm.mobile.core.sync.Conflict;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Needs attention": the rep's changes the server refused, each with both versions and the two ways out. Nothing
 * leaves this list unless the rep chooses; "keep mine" queues the change again on top of the server's version and
 * syncs at once, "take theirs" drops the rep's change for the server's version.
 */
public final class AttentionViewModel {
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final RepData data;
    private final SyncStatus status;
    private final Background background;

    public AttentionViewModel(RepData data, SyncStatus status, Background background) {
        this.data = data;
        this.status = status;
        this.background = background;
    }

    public void load() {
        conflicts.setAll(data.conflicts().all());
    }

    public void keepMine(Conflict conflict) {
        background.run(() -> data.sync().keepMine(conflict.id()), queued -> {
            load();
            status.refresh();
            status.syncNow();
        }, failure -> load());
    }

    public void takeTheirs(Conflict conflict) {
        background.run(() -> {
            data.sync().takeTheirs(conflict.id());
            return conflict.id();
        }, dropped -> {
            load();
            status.refresh();
        }, failure -> load());
    }

    public ObservableList<Conflict> conflicts() {
        return conflicts;
    }
}
