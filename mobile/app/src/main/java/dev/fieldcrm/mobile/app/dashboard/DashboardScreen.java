package dev.fieldcrm.mobile.app.dashboard;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.ApiRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/**
 * The manager's dashboard tab: loads {@code /api/v1/reports/dashboard} for the current month each time it is shown
 * and whenever the team or rep filter changes (online only — the numbers are the team's, not the rep's offline data),
 * and renders it from the view-model. With a rep chosen, "Rep's agenda and journal" drills into that rep.
 */
public final class DashboardScreen extends TitledScreen {
    private final DashboardViewModel model;
    private final Texts texts;
    private final ApiClient api;
    private final Background background;
    private final Clock clock;
    private final ZoneId zone;
    private boolean rosterLoaded;

    /** @param openRep opens the drill-down of a rep (their agenda and journal) */
    public DashboardScreen(DashboardViewModel model, Texts texts, ApiClient api, Background background, Clock clock,
            ZoneId zone, Consumer<String> openRep) {
        super(texts, "dashboard.title");
        this.model = model;
        this.texts = texts;
        this.api = api;
        this.background = background;
        this.clock = clock;
        this.zone = zone;
        Button drill = Widgets.button("drill-rep", texts, "dashboard.drill",
                () -> openRep.accept(model.filterProperty().get().repId()));
        drill.setMaxWidth(Double.MAX_VALUE);
        drill.visibleProperty().bind(model.filterProperty().map(f -> f.repId() != null).orElse(false));
        drill.managedProperty().bind(drill.visibleProperty());
        VBox top = new VBox(8, new DashboardFilters(model, texts), drill);
        top.getStyleClass().add("screen");
        content(new VBox(top, new DashboardView(model, texts)));
        model.filterProperty().addListener((obs, old, now) -> load());
    }

    @Override
    public void onShow() {
        if (!rosterLoaded) {
            rosterLoaded = true;
            background.run(() -> TeamRoster.read(api.send(ApiRequest.get("/api/v1/users")).body()),
                    model.rosterProperty()::set, failure -> rosterLoaded = false);
        }
        load();
    }

    private void load() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String path = model.filterProperty().get().path(today.withDayOfMonth(1), today);
        background.run(() -> DashboardJson.read(api.send(ApiRequest.get(path)).body()),
                model::show, failure -> model.failed(texts.get("dashboard.failed", failure.getMessage())));
    }
}
