package dev.fieldcrm.core.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Money arithmetic of orders (ADR "Order money" in docs/decisions.md). All amounts are {@link BigDecimal}s in the
 * order's currency, rounded to 2 decimals HALF_UP at exactly two points per line:
 * <ul>
 *   <li>line net = round(price × quantity × (1 − discount/100), 2)</li>
 *   <li>line VAT = round(line net × vatRate/100, 2)</li>
 * </ul>
 * Totals are sums of the rounded line amounts (never re-rounded from unrounded parts), so the total printed on an
 * invoice equals the sum of its printed lines.
 */
public final class Pricing {
    public static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Pricing() {
    }

    /** A line's rounded net and VAT amounts. */
    public record LineAmounts(BigDecimal net, BigDecimal vat) {
        public BigDecimal gross() {
            return net.add(vat);
        }
    }

    /** Order totals: sums of the rounded lines. */
    public record Totals(BigDecimal net, BigDecimal vat, BigDecimal gross) {
    }

    public static LineAmounts line(BigDecimal price, BigDecimal quantity, BigDecimal discountPercent, BigDecimal vatRate) {
        BigDecimal factor = HUNDRED.subtract(discountPercent);
        // One division by 100 at the end keeps the intermediate exact (no repeating decimals before rounding).
        BigDecimal net = price.multiply(quantity).multiply(factor).divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
        BigDecimal vat = net.multiply(vatRate).divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
        return new LineAmounts(net, vat);
    }

    public static Totals totals(List<LineAmounts> lines) {
        BigDecimal net = BigDecimal.ZERO.setScale(SCALE);
        BigDecimal vat = BigDecimal.ZERO.setScale(SCALE);
        for (LineAmounts line : lines) {
            net = net.add(line.net());
            vat = vat.add(line.vat());
        }
        return new Totals(net, vat, net.add(vat));
    }

    /** An amount at the money scale; fails for amounts with more than 2 decimals instead of rounding them silently. */
    public static BigDecimal exact(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
