package dev.fieldcrm.mobile.app.order;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import dev.fieldcrm.mobile.core.orders.OrderPricing;
import dev.fieldcrm.mobile.core.reference.PriceBook;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * New order: the price list and its age, a search box, one row per product with − quantity + (48 px targets), and
 * the running total with Save draft / Submit pinned at the bottom.
 */
public final class NewOrderScreen extends TitledScreen {
    private final NewOrderViewModel model;
    private final Texts texts;
    private final VBox rows = new VBox(8);
    private final Label total = new Label();
    private final Label totals = new Label();

    /** @param onSaved runs after the order was queued (back to the card) */
    public NewOrderScreen(NewOrderViewModel model, Texts texts, ZoneId zone, Runnable onSaved) {
        super(texts, "order.title");
        this.model = model;
        this.texts = texts;
        rows.setId("order-products");

        VBox header = new VBox(4);
        header.getStyleClass().add("card");
        model.book().ifPresentOrElse(book -> {
            header.getChildren().add(Widgets.text(texts.bind("order.priceList", book.name(), book.currency(),
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(texts.locale()).withZone(zone)
                            .format(book.fetchedAt())), "secondary"));
            if (book.discountPercent().signum() > 0) {
                header.getChildren().add(Widgets.text(texts.bind("order.discount",
                        book.discountPercent().stripTrailingZeros().toPlainString())));
            }
        }, () -> header.getChildren().add(Widgets.label(texts, "order.noPriceBook", "error")));

        TextField search = new TextField();
        search.textProperty().bindBidirectional(model.searchProperty());
        model.searchProperty().addListener((obs, old, now) -> showRows());

        total.setId("order-total");
        total.getStyleClass().add("total");
        total.accessibleTextProperty().bind(total.textProperty());
        totals.getStyleClass().add("secondary");
        model.pricedProperty().addListener((obs, old, now) -> showTotal());
        texts.localeProperty().addListener((obs, old, now) -> {
            showTotal();
            showRows();
        });
        Label message = Widgets.text(model.messageProperty(), "secondary");
        message.setId("order-message");

        Button draft = Widgets.button("save-draft", texts, "order.saveDraft", () -> save(false, onSaved));
        Button submit = Widgets.button("submit", texts, "order.submit", () -> save(true, onSaved));
        submit.getStyleClass().add("accent");
        for (Button button : new Button[] {draft, submit}) {
            button.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(button, Priority.ALWAYS);
            button.disableProperty().bind(model.savedProperty());
        }

        VBox form = Widgets.column(header, Widgets.field("order-search", texts, "order.search", search), rows,
                message);
        VBox footer = new VBox(6, total, totals, new HBox(8, draft, submit));
        footer.getStyleClass().add("footer");
        content(new BorderPane(Widgets.scroll(form), null, null, footer, null));
        showRows();
        showTotal();
    }

    private void save(boolean submit, Runnable onSaved) {
        if (model.save(submit).isPresent()) {
            onSaved.run();
        }
    }

    private void showRows() {
        String currency = model.book().map(PriceBook::currency).orElse("");
        rows.getChildren().clear();
        for (PriceBook.Item item : model.shownItems()) {
            rows.getChildren().add(row(item, currency));
        }
    }

    private Node row(PriceBook.Item item, String currency) {
        VBox text = new VBox(2, Widgets.text(item.name()), Widgets.text(texts.get("order.each",
                texts.money(item.price()), currency, item.unit()), "secondary"));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button less = step("less-" + item.sku(), "−", texts.get("order.less", item.name()),
                () -> model.less(item.sku()));
        Button more = step("more-" + item.sku(), "+", texts.get("order.more", item.name()),
                () -> model.more(item.sku()));
        Label quantity = new Label();
        quantity.setId("qty-" + item.sku());
        quantity.getStyleClass().add("quantity");
        quantity.textProperty().bind(model.quantity(item.sku()).asString());
        HBox row = new HBox(6, text, less, quantity, more);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getStyleClass().add("card");
        return row;
    }

    private static Button step(String id, String sign, String accessibleText, Runnable action) {
        Button button = new Button(sign);
        button.setId(id);
        button.setAccessibleText(accessibleText);
        button.getStyleClass().add("step-button");
        button.setOnAction(e -> action.run());
        return button;
    }

    private void showTotal() {
        OrderPricing.Priced priced = model.pricedProperty().get();
        String currency = model.book().map(PriceBook::currency).orElse("");
        total.setText(texts.get("order.total", texts.money(priced.gross()), currency));
        totals.setText(texts.get("order.totals", texts.money(priced.net()), texts.money(priced.vat())));
    }
}
