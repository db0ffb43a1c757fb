package dev.fieldcrm.mobile.app.login;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.Session;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Sign-in: through Cognito's hosted UI in the browser when the app is configured for it ({@link CognitoSignIn}),
 * otherwise the local development sign-in ({@code POST /api/v1/local/login}: tenant + user). The rest of the app
 * only sees the resulting {@link Session}.
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
    private final Optional<CognitoSignIn> cognito;

    public LoginViewModel(ApiClient api, Background background, Texts texts, Consumer<Session> onSignedIn) {
        this(api, Optional.empty(), background, texts, onSignedIn);
    }

    public LoginViewModel(ApiClient api, Optional<CognitoSignIn> cognito, Background background, Texts texts,
            Consumer<Session> onSignedIn) {
        this.api = api;
        this.cognito = cognito;
        this.background = background;
        this.texts = texts;
        this.onSignedIn = onSignedIn;
    }

    public BooleanBinding canSubmit() {
        return cognito.isPresent() ? busy.not()
                : tenant.isNotEmpty().and(user.isNotEmpty()).and(busy.not());
    }

    /** Whether sign-in goes through the company's Cognito page (no tenant/user fields then). */
    public boolean usesBrowser() {
        return cognito.isPresent();
    }

    public void signIn() {
        String tenantId = tenant.get().trim();
        String userId = user.get().trim();
        run(cognito.<Callable<Session>>map(c -> c::signIn).orElse(() -> api.localLogin(tenantId, userId)));
    }

    private void run(Callable<Session> signingIn) {
        busy.set(true);
        error.set("");
        background.run(signingIn, session -> {
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
