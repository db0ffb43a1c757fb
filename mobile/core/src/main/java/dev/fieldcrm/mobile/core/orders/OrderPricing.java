package dev.fieldcrm.mobile.core.orders;

import dev.fieldcrm.mobile.core.reference.PriceBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prices an order on the phone exactly as the server does (ADR "Order money", backend {@code Pricing}), so the total
 * the rep shows the client is the total of the stored order: per line, net = round(price × quantity × (1 −
 * discount/100), 2) and VAT = round(net × vatRate/100, 2), HALF_UP; totals are sums of the rounded lines.
 */
public final class OrderPricing {
    private static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OrderPricing() {
    }

    /** One priced line. */
    public record Line(PriceBook.Item item, BigDecimal quantity, BigDecimal net, BigDecimal vat) {
    }

    /** The priced order: its lines (in the book's order) and totals in the book's currency. */
    public record Priced(String currency, List<Line> lines, BigDecimal net, BigDecimal vat, BigDecimal gross) {
    }

    /** Prices the quantities (sku → quantity; zero or unknown skus are left out) with the book's prices. */
    public static Priced price(PriceBook book, Map<String, BigDecimal> quantities) {
        List<Line> lines = new ArrayList<>();
        BigDecimal net = BigDecimal.ZERO.setScale(SCALE);
        BigDecimal vat = BigDecimal.ZERO.setScale(SCALE);
        BigDecimal factor = HUNDRED.subtract(book.discountPercent());
        for (PriceBook.Item item : book.items()) {
            BigDecimal quantity = quantities.get(item.sku());
            if (quantity == null || quantity.signum() <= 0) {
                continue;
            }
            // One division by 100 at the end keeps the intermediate exact, as the server does.
            BigDecimal lineNet = item.price().multiply(quantity).multiply(factor)
                    .divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
            BigDecimal lineVat = lineNet.multiply(item.vatRate()).divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
            lines.add(new Line(item, quantity, lineNet, lineVat));
            net = net.add(lineNet);
            vat = vat.add(lineVat);
        }
        return new Priced(book.currency(), lines, net, vat, net.add(vat));
    }
}
