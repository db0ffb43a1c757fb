package dev.fieldcrm.mobile.app.dashboard;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.shell.Screen;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.ApiRequest;
import java.time.LocalDate;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * The manager's dashboard tab: loads {@code /api/v1/reports/dashboard} for the current month each time it is shown
 * (online only — the numbers are the team's, not the rep's offline data) and renders it from the view-model.
 */
public final class DashboardScreen implements Screen {
    private final DashboardViewModel model;
    private final Texts texts;
    private final ApiClient api;
    private final Background background;
    private final DashboardView view;

    public DashboardScreen(DashboardViewModel model, Texts texts, ApiClient api, Background background) {
        this.model = model;
        this.texts = texts;
        this.api = api;
        this.background = background;
        this.view = new DashboardView(model, texts);
    }

    @Override
    public ObservableValue<String> title() {
        return texts.bind("dashboard.title");
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void onShow() {
        LocalDate today = LocalDate.now();
        String path = "/api/v1/reports/dashboard?from=" + today.withDayOfMonth(1) + "&to=" + today;
        background.run(() -> DashboardJson.read(api.send(new ApiRequest("GET", path, null, null, null)).body()),
                model::show, failure -> model.failed(texts.get("dashboard.failed", failure.getMessage())));
    }
}
