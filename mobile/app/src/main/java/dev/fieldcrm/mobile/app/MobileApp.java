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
import dev.fieldcrm.mobile.app.dashboard.RepDrillScreen;
import dev.fieldcrm.mobile.app.device.ExternalLinks;
import dev.fieldcrm.mobile.app.device.LocationSource;
import dev.fieldcrm.mobile.app.device.PushNotifications;
import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.log.LogInteractionScreen;
import dev.fieldcrm.mobile.app.log.LogInteractionViewModel;
import dev.fieldcrm.mobile.app.login.CognitoSignIn;
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
import dev.fieldcrm.mobile.core.api.ApiException;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.auth.TokenRenewal;
import dev.fieldcrm.mobile.core.push.DeviceRegistration;
import dev.fieldcrm.mobile.core.store.AtomicFiles;
import dev.fieldcrm.mobile.core.store.RecordKind;
import dev.fieldcrm.mobile.core.views.ClientSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final DeviceRegistration devices;
    private Optional<CognitoSignIn> cognito = Optional.empty();
    private PushNotifications push = PushNotifications.NONE;
    private volatile String pushToken;

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
        this.devices = new DeviceRegistration(api, dataDir, new AtomicFiles());
        root.getStyleClass().add("fieldcrm");
    }

    /** Sign in through Cognito's hosted UI (set before {@link #start()}); without it, the local dev login. */
    public MobileApp signInWith(CognitoSignIn signIn) {
        this.cognito = Optional.of(signIn);
        return this;
    }

    /** The phone's push service (set before {@link #start()}); the desktop has none. */
    public MobileApp pushWith(PushNotifications notifications) {
        this.push = notifications;
        return this;
    }

    public Parent root() {
        return root;
    }

    /** Opens straight to Today when a session is kept on the device (works offline), else to sign-in. */
    public void start() {
        push.start(this::pushTokenArrived, this::notificationTapped);
        sessionFile.read().ifPresentOrElse(this::enter, this::showLogin);
    }

    public DeviceRegistration devices() {
        return devices;
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
        LoginScreen login = new LoginScreen(new LoginViewModel(api, cognito, background, texts, session -> {
            sessionFile.save(session);
            enter(session);
        }), texts);
        root.getChildren().setAll(login.view());
    }

    private void enter(Session session) {
        api.use(session);
        cognito.ifPresent(c -> api.renewWith(new TokenRenewal(c.oauth(), clock), this::sessionRenewed));
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
                        () -> data == null ? 0 : data.outbox().size(), this::signOut));
        if (data.isManager()) {
            tabs.add(Tab.DASHBOARD);
            navigator.root(Tab.DASHBOARD, () -> new DashboardScreen(new DashboardViewModel(), texts, api,
                    background, clock, data.zone(), this::openRep));
        }
        tabs.add(Tab.SETTINGS);
        shell = new AppShell(navigator, texts, tabs, status.pendingProperty(), status::syncNow);
        root.getChildren().setAll(shell);
        navigator.select(Tab.TODAY);
        status.syncNow();
        registerForPush();
    }

    /** Keeps renewed tokens on the device; a refused renewal ends the session but keeps the rep's data. */
    private void sessionRenewed(Session renewed) {
        if (renewed != null) {
            sessionFile.save(renewed);
            return;
        }
        sessionFile.forget();
        background.onUi(() -> {
            navigator.reset();
            data = null;
            status = null;
            showLogin();
        });
    }

    private void pushTokenArrived(String token) {
        pushToken = token;
        background.onUi(this::registerForPush);
    }

    /** Registers the newest push token for the signed-in user; a failure is retried at the next start or token. */
    private void registerForPush() {
        String token = pushToken;
        if (token == null || data == null) {
            return;
        }
        background.run(() -> devices.register(push.platform(), token), sent -> { }, failure -> { });
    }

    /** A tapped notification about a client opens its card. */
    private void notificationTapped(Map<String, String> payload) {
        String clientId = payload.get("clientId");
        if (clientId != null) {
            background.onUi(() -> {
                if (data != null) {
                    openClient(clientId);
                }
            });
        }
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

    /** The manager's drill into a rep from the dashboard: their agenda and journal, read online. */
    private void openRep(String repId) {
        navigator.push(new RepDrillScreen(repId, repId, texts, api, background, data.zone()));
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

    /**
     * Signs out: unregisters push and revokes the refresh token (best effort: offline they expire on their own), then
     * forgets the session and deletes this user's data from the phone. Settings has warned about unsent changes.
     */
    private void signOut() {
        Session leaving = data.session();
        navigator.reset();
        data = null;
        status = null;
        background.run(() -> {
            leaveServer(leaving);
            sessionFile.forget();
            RepData.erase(dataDir, leaving);
            api.use(null);
            return leaving;
        }, left -> showLogin(), failure -> showLogin());
    }

    private void leaveServer(Session leaving) {
        try {
            devices.unregister();
        } catch (ApiException e) {
            // Offline: the server keeps pushing to a token this app ignores until the user signs in again.
        }
        try {
            if (cognito.isPresent()) {
                cognito.get().revoke(leaving);
            }
        } catch (ApiException e) {
            // Offline: the refresh token expires by itself (30 days); the copy on the phone is deleted now.
        }
    }
}
