package dev.fieldcrm.mobile.app;

import dev.fieldcrm.mobile.app.attention.AttentionScreen;
import dev.fieldcrm.mobile.app.attention.AttentionViewModel;
import dev.fieldcrm.mobile.app.card.ClientCardScreen;
import dev.fieldcrm.mobile.app.clients.ClientsScreen;
import dev.fieldcrm.mobile.app.clients.ClientsViewModel;
import dev.fieldcrm.mobile.app.dashboard.DashboardScreen;
import dev.fieldcrm.mobile.app.deal.DealScreen;
import dev.fieldcrm.mobile.app.deal.DealViewModel;
import dev.fieldcrm.mobile.app.dashboard.DashboardViewModel;
import dev.fieldcrm.mobile.app.device.ExternalLinks;
import dev.fieldcrm.mobile.app.device.LocationSource;
import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.log.LogInteractionScreen;
import dev.fieldcrm.mobile.app.log.LogInteractionViewModel;
import dev.fieldcrm.mobile.app.login.LoginScreen;
import dev.fieldcrm.mobile.app.login.LoginViewModel;
import dev.fieldcrm.mobile.app.order.NewOrderScreen;
import dev.fieldcrm.mobile.app.order.NewOrderViewModel;
import dev.fieldcrm.mobile.app.settings.SettingsScreen;
import dev.fieldcrm.mobile.app.shell.AppShell;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.shell.Navigator;
import dev.fieldcrm.mobile.app.shell.Tab;
import dev.fieldcrm.mobile.app.sync.RepData;
import dev.fieldcrm.mobile.app.sync.SessionFile;
import dev.fieldcrm.mobile.app.sync.SyncStatus;
import dev.fieldcrm.mobile.app.today.TodayScreen;
import dev.fieldcrm.mobile.app.today.TodayViewModel;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.store.RecordKind;
import dev.fieldcrm.mobile.core.views.ClientSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/**
 * The app without its window: wires the core (API client, the signed-in rep's store, outbox and sync) to the
 * screens and the navigation shell. {@link FieldCrmApp} puts it in a stage; tests and the screenshot run put it in
 * theirs, with their own API address, data directory, clock and position.
 */
public final class MobileApp {
    private final StackPane root = new StackPane();
    private final ApiClient api;
    private final Path dataDir;
    private final LocationSource location;
    private final Texts texts;
    private final Background background;
    private final Clock clock;
    private final ExternalLinks links;
    private final SessionFile sessionFile;
    private final Navigator navigator = new Navigator();

    private RepData data;
    private SyncStatus status;
    private AppShell shell;
    private TodayViewModel today;

    public MobileApp(ApiClient api, Path dataDir, LocationSource location, Texts texts, Background background,
            Clock clock, ExternalLinks links) {
        this.api = api;
        this.dataDir = dataDir;
        this.location = location;
        this.texts = texts;
        this.background = background;
        this.clock = clock;
        this.links = links;
        this.sessionFile = new SessionFile(dataDir);
        root.getStyleClass().add("fieldcrm");
    }

    public Parent root() {
        return root;
    }

    /** Opens straight to Today when a session is kept on the device (works offline), else to sign-in. */
    public void start() {
        sessionFile.read().ifPresentOrElse(this::enter, this::showLogin);
    }

    public Navigator navigator() {
        return navigator;
    }

    public SyncStatus syncStatus() {
        return status;
    }

    public RepData data() {
        return data;
    }

    public Texts texts() {
        return texts;
    }

    private void showLogin() {
        LoginScreen login = new LoginScreen(new LoginViewModel(api, background, texts, session -> {
            sessionFile.save(session);
            enter(session);
        }), texts);
        root.getChildren().setAll(login.view());
    }

    private void enter(Session session) {
        api.use(session);
        data = RepData.open(api, session, dataDir, clock);
        status = new SyncStatus(data, background, texts, this::afterSync);
        today = new TodayViewModel(data, location, links, background, texts);

        List<Tab> tabs = new ArrayList<>(List.of(Tab.TODAY, Tab.CLIENTS, Tab.ATTENTION));
        navigator.reset();
        navigator.root(Tab.TODAY, () -> new TodayScreen(today, status, texts, data.zone(),
                        entry -> openClient(entry.clientId()),
                        entry -> openLog(entry.clientId(), entry.clientName(), entry.taskId(), entry.kind())))
                .root(Tab.CLIENTS, () -> new ClientsScreen(new ClientsViewModel(data, location, background, texts),
                        texts, this::openClient))
                .root(Tab.ATTENTION, () -> new AttentionScreen(new AttentionViewModel(data, status, background),
                        texts))
                .root(Tab.SETTINGS, () -> new SettingsScreen(texts, session.userId(), session.role(),
                        this::signOut));
        if (data.isManager()) {
            tabs.add(Tab.DASHBOARD);
            navigator.root(Tab.DASHBOARD, () -> new DashboardScreen(new DashboardViewModel(), texts, api,
                    background));
        }
        tabs.add(Tab.SETTINGS);
        shell = new AppShell(navigator, texts, tabs, status.pendingProperty(), status::syncNow);
        root.getChildren().setAll(shell);
        navigator.select(Tab.TODAY);
        status.syncNow();
    }

    private void openClient(String clientId) {
        navigator.push(new ClientCardScreen(data.store(), clientId, texts, data.zone(),
                () -> openLog(clientId, clientName(clientId), null, null), this::openDeal,
                () -> openOrder(clientId)));
        refreshReference(clientId);
    }

    private void openDeal(String dealId) {
        navigator.push(new DealScreen(new DealViewModel(data, status, texts, dealId), texts, data.zone(),
                navigator::back));
    }

    private void openOrder(String clientId) {
        navigator.push(new NewOrderScreen(new NewOrderViewModel(data, status, texts, clientId), texts, data.zone(),
                navigator::back));
    }

    /**
     * Online, a card's opening refreshes the stages and the client's price book for offline use (offline: the kept
     * copies stay); the screen in front then re-reads them (the card's stage names).
     */
    private void refreshReference(String clientId) {
        RepData rep = data;
        background.run(() -> {
            rep.core().reference().refreshSalesSetup();
            return rep.core().reference().refreshPriceBook(clientId);
        }, book -> afterSync(), offline -> { });
    }

    private void openLog(String clientId, String clientName, String taskId, String kind) {
        LogInteractionViewModel model = new LogInteractionViewModel(data, status, location, background, texts,
                clientId, clientName, taskId, kind);
        navigator.push(new LogInteractionScreen(model, texts, navigator::back));
    }

    private String clientName(String clientId) {
        return data.store().get(RecordKind.CLIENT, clientId).map(ClientSummary::of).map(ClientSummary::name)
                .orElse("");
    }

    /** After a sync the current screen re-reads the local store (Today's list, the card's journal…). */
    private void afterSync() {
        if (navigator.current() != null) {
            navigator.current().onShow();
        }
    }

    private void signOut() {
        sessionFile.forget();
        navigator.reset();
        data = null;
        status = null;
        showLogin();
    }
}
