package dev.fieldcrm.mobile.app.dashboard;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.ApiRequest;
import java.time.LocalDate;

/**
 * The manager's dashboard tab: loads {@code /api/v1/reports/dashboard} for the current month each time it is shown
 * (online only — the numbers are the team's, not the rep's offline data) and renders it from the view-model.
 */
public final class DashboardScreen extends TitledScreen {
    private final DashboardViewModel model;
    private final Texts texts;
    private final ApiClient api;
    private final Background background;

    public DashboardScreen(DashboardViewModel model, Texts texts, ApiClient api, Background background) {
        super(texts, "dashboard.title");
        this.model = model;
        this.texts = texts;
        this.api = api;
        this.background = background;
        content(new DashboardView(model, texts));
    }

    @Override
    public void onShow() {
        LocalDate today = LocalDate.now();
        String path = "/api/v1/reports/dashboard?from=" + today.withDayOfMonth(1) + "&to=" + today;
        background.run(() -> DashboardJson.read(api.send(new ApiRequest("GET", path, null, null, null)).body()),
                model::show, failure -> model.failed(texts.get("dashboard.failed", failure.getMessage())));
    }
}
