package dev.fieldcrm.mobile.core.reference;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The price list that applies to a client, as last read online, joined with the catalog (name, unit, VAT rate) and
 * the client's conditions-package discount: everything an order needs to be priced on the phone as the server will.
 *
 * @param priceListId     the list the server chose for the client ({@code GET /api/v1/clients/{id}/price-list})
 * @param discountPercent the client's conditions-package discount (0 without a package)
 * @param items           the list's lines of active products, sorted by name
 * @param fetchedAt       when it was read (the order screen shows its age)
 */
public record PriceBook(String clientId, String priceListId, String name, String currency, BigDecimal discountPercent,
                        List<Item> items, Instant fetchedAt) {

    public PriceBook {
        items = List.copyOf(items);
    }

    /** One product with its price on this list. */
    public record Item(String sku, String name, String unit, BigDecimal price, BigDecimal vatRate) {
    }

    public Optional<Item> item(String sku) {
        return items.stream().filter(i -> i.sku().equals(sku)).findFirst();
    }
}
