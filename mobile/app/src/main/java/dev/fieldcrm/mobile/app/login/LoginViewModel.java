package dev.fieldcrm.mobile.app.login;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.Session;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Local development sign-in ({@code POST /api/v1/local/login}): tenant + user. In AWS the phone signs in with the
 * Cognito hosted UI instead (not built yet); the rest of the app only sees the resulting {@link Session}.
 */
public final class LoginViewModel {
    private final StringProperty tenant = new SimpleStringProperty("demo");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ApiClient api;
    private final Background background;
    private final Texts texts;
    private final Consumer<Session> onSignedIn;

    public LoginViewModel(ApiClient api, Background background, Texts texts, Consumer<Session> onSignedIn) {
        this.api = api;
        this.background = background;
        this.texts = texts;
        this.onSignedIn = onSignedIn;
    }

    public BooleanBinding canSubmit() {
        return tenant.isNotEmpty().and(user.isNotEmpty()).and(busy.not());
    }

    public void signIn() {
        busy.set(true);
        error.set("");
        String tenantId = tenant.get().trim();
        String userId = user.get().trim();
        background.run(() -> api.localLogin(tenantId, userId), session -> {
            busy.set(false);
            onSignedIn.accept(session);
        }, failure -> {
            busy.set(false);
            error.set(texts.get("login.failed", failure.getMessage()));
        });
    }

    public StringProperty tenantProperty() {
        return tenant;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
