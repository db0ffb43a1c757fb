package dev.fieldcrm.mobile.app.order;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.sync.RepData;
import dev.fieldcrm.mobile.app.sync.SyncStatus;
import dev.fieldcrm.mobile.core.orders.OrderPricing;
import dev.fieldcrm.mobile.core.outbox.OutboxCommand;
import dev.fieldcrm.mobile.core.reference.PriceBook;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A new order from the client's price book as last read online (works offline): search, quantities with +/−, the
 * running total priced by the server's rules, then Save draft or Submit — queued in the outbox under an id made on
 * the phone, shown on the card at once as pending.
 */
public final class NewOrderViewModel {
    private final RepData data;
    private final SyncStatus status;
    private final Texts texts;
    private final String clientId;
    private final Optional<PriceBook> book;
    private final Map<String, IntegerProperty> quantities = new HashMap<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<OrderPricing.Priced> priced = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty saved = new SimpleBooleanProperty();

    public NewOrderViewModel(RepData data, SyncStatus status, Texts texts, String clientId) {
        this.data = data;
        this.status = status;
        this.texts = texts;
        this.clientId = clientId;
        this.book = data.core().reference().priceBook(clientId);
        reprice();
    }

    public Optional<PriceBook> book() {
        return book;
    }

    /** The book's products whose name or sku contains the search text (ignoring case). */
    public List<PriceBook.Item> shownItems() {
        String query = search.get().strip().toLowerCase(Locale.ROOT);
        return book.map(PriceBook::items).orElse(List.of()).stream()
                .filter(item -> query.isEmpty() || item.name().toLowerCase(Locale.ROOT).contains(query)
                        || item.sku().toLowerCase(Locale.ROOT).contains(query))
                .toList();
    }

    public IntegerProperty quantity(String sku) {
        return quantities.computeIfAbsent(sku, k -> {
            IntegerProperty quantity = new SimpleIntegerProperty();
            quantity.addListener((obs, old, now) -> reprice());
            return quantity;
        });
    }

    public void more(String sku) {
        quantity(sku).set(quantity(sku).get() + 1);
    }

    public void less(String sku) {
        quantity(sku).set(Math.max(0, quantity(sku).get() - 1));
    }

    /** Queues the order (and its submit when {@code submit}); empty with a message when there is nothing to order. */
    public Optional<OutboxCommand> save(boolean submit) {
        if (book.isEmpty() || priced.get().lines().isEmpty()) {
            message.set(texts.get(book.isEmpty() ? "order.noPriceBook" : "order.empty"));
            return Optional.empty();
        }
        OutboxCommand created = data.actions().createOrder(clientId, book.get(), amounts(), null, submit);
        saved.set(true);
        message.set(texts.get("order.saved"));
        status.refresh();
        status.syncNow();
        return Optional.of(created);
    }

    private void reprice() {
        priced.set(book.map(b -> OrderPricing.price(b, amounts()))
                .orElse(new OrderPricing.Priced("", List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)));
    }

    private Map<String, BigDecimal> amounts() {
        Map<String, BigDecimal> amounts = new HashMap<>();
        quantities.forEach((sku, quantity) -> amounts.put(sku, BigDecimal.valueOf(quantity.get())));
        return amounts;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<OrderPricing.Priced> pricedProperty() {
        return priced;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty savedProperty() {
        return saved;
    }
}
