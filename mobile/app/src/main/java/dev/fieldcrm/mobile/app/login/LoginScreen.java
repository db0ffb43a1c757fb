package dev.fieldcrm.mobile.app.login;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Sign-in: one big button that opens the company's sign-in page, or (local development) tenant and user. */
public final class LoginScreen extends TitledScreen {

    public LoginScreen(LoginViewModel model, Texts texts) {
        super(texts, "login.title");
        TextField tenant = new TextField();
        tenant.textProperty().bindBidirectional(model.tenantProperty());
        TextField user = new TextField();
        user.textProperty().bindBidirectional(model.userProperty());
        Button submit = Widgets.button("sign-in", texts, "login.submit", model::signIn);
        submit.getStyleClass().add("accent");
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(model.canSubmit().not());
        user.setOnAction(e -> {
            if (!submit.isDisabled()) {
                model.signIn();
            }
        });
        Label error = Widgets.text(model.errorProperty(), "danger");
        error.setId("login-error");
        if (model.usesBrowser()) {
            submit.setId("sign-in-browser");
            content(Widgets.column(Widgets.label(texts, "app.name", "title-1"),
                    Widgets.label(texts, "login.browserHint", "secondary"), submit, error));
        } else {
            content(Widgets.column(Widgets.label(texts, "app.name", "title-1"),
                    Widgets.label(texts, "login.hint", "secondary"), Widgets.field("tenant", texts, "login.tenant", tenant),
                    Widgets.field("user", texts, "login.user", user), submit, error));
        }
    }

}
