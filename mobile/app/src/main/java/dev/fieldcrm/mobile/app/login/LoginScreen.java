package dev.fieldcrm.mobile.app.login;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Screen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Sign-in: tenant and user, one big button. */
public final class LoginScreen implements Screen {
    private final Texts texts;
    private final VBox view;

    public LoginScreen(LoginViewModel model, Texts texts) {
        this.texts = texts;
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
        view = Widgets.column(Widgets.label(texts, "app.name", "title-1"), Widgets.label(texts, "login.hint", "secondary"),
                Widgets.field("tenant", texts, "login.tenant", tenant), Widgets.field("user", texts, "login.user", user),
                submit, error);
    }

    @Override
    public ObservableValue<String> title() {
        return texts.bind("login.title");
    }

    @Override
    public Node view() {
        return view;
    }
}
