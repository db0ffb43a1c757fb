package dev.fieldcrm.mobile.app.clients;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Search field on top, "find nearby" under it, then the clients as tappable rows. */
public final class ClientsScreen extends TitledScreen {
    private final ClientsViewModel model;
    private final Texts texts;
    private final Consumer<String> openClient;
    private final VBox list = new VBox(6);

    public ClientsScreen(ClientsViewModel model, Texts texts, Consumer<String> openClient) {
        super(texts, "clients.title");
        this.model = model;
        this.texts = texts;
        this.openClient = openClient;
        TextField search = new TextField();
        search.textProperty().bindBidirectional(model.queryProperty());
        Button nearby = Widgets.button("nearby", texts, "clients.findNearby", model::nearby);
        nearby.setMaxWidth(Double.MAX_VALUE);
        list.setId("client-list");
        content(Widgets.scroll(Widgets.column(Widgets.field("client-search", texts, "clients.search", search), nearby,
                Widgets.text(model.headingProperty(), "section-title"), list)));
        model.results().addListener((ListChangeListener<ClientRow>) change -> render());
    }

    @Override
    public void onShow() {
        model.search();
    }

    private void render() {
        Widgets.fill(list, model.results(), texts, "clients.none", this::row);
    }

    private Node row(ClientRow row) {
        String detail = row.client().city() == null ? "" : row.client().city();
        if (row.km() != null) {
            detail = texts.get("clients.distance", String.format(texts.locale(), "%.1f", row.km()))
                    + (detail.isEmpty() ? "" : " · " + detail);
        }
        Button open = new Button(row.client().name() + (detail.isEmpty() ? "" : "\n" + detail));
        open.setId("client-" + row.client().id());
        open.setAccessibleText(row.client().name());
        open.setMaxWidth(Double.MAX_VALUE);
        open.getStyleClass().add("client-row");
        open.setOnAction(e -> openClient.accept(row.client().id()));
        return open;
    }
}
