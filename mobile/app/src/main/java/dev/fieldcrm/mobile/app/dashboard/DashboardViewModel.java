package dev.fieldcrm.mobile.app.dashboard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The manager dashboard's state: the last data shown and an error message when loading failed. The view renders
 * whatever {@link #show(DashboardData)} is given, so tests feed it data without a server.
 */
public final class DashboardViewModel {
    private final ObjectProperty<DashboardData> data = new SimpleObjectProperty<>(DashboardData.empty());
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<TeamRoster> roster = new SimpleObjectProperty<>(TeamRoster.empty());
    private final ObjectProperty<DashboardFilter> filter = new SimpleObjectProperty<>(DashboardFilter.ALL);

    public void show(DashboardData shown) {
        data.set(shown);
        error.set("");
    }

    public void failed(String message) {
        error.set(message);
    }

    /** The reps and teams the pickers offer. */
    public ObjectProperty<TeamRoster> rosterProperty() {
        return roster;
    }

    /** The current team/rep choice; a change reloads the dashboard. */
    public ObjectProperty<DashboardFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<DashboardData> dataProperty() {
        return data;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** Done share of planned next steps over all reps, 0–100 (0 when nothing was planned). */
    public int teamCompletionPercent() {
        int planned = 0;
        int done = 0;
        for (DashboardData.RepActivity rep : data.get().activity()) {
            planned += rep.planned();
            done += rep.done();
        }
        return planned == 0 ? 0 : Math.round(100f * done / planned);
    }
}
