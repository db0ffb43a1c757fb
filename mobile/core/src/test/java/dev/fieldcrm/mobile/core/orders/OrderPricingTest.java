package dev.fieldcrm.mobile.core.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.core.reference.PriceBook;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The phone prices an order with the server's rules (backend Pricing), so its total is the stored order's. */
class OrderPricingTest {
    private static final PriceBook.Item BEANS = new PriceBook.Item("BEANS-1KG", "Beans 1 kg", "pcs",
            new BigDecimal("1234.5600"), new BigDecimal("20"));
    private static final PriceBook.Item CUPS = new PriceBook.Item("CUPS", "Cups", "box", new BigDecimal("99.99"),
            new BigDecimal("10"));

    private static PriceBook book(String discount) {
        return new PriceBook("c1", "PL1", "Retail", "RUB", new BigDecimal(discount), List.of(BEANS, CUPS),
                Instant.EPOCH);
    }

    @Test
    void eachLineIsRoundedHalfUpToCents_andTotalsAreSumsOfTheRoundedLines() {
        OrderPricing.Priced priced = OrderPricing.price(book("7.5"),
                Map.of("BEANS-1KG", new BigDecimal("3"), "CUPS", new BigDecimal("0.333")));

        // beans: 1234.56 × 3 × 0.925 = 3425.904 → 3425.90; VAT 20 % = 685.18
        // cups: 99.99 × 0.333 × 0.925 = 30.79942… → 30.80; VAT 10 % = 3.08
        assertThat(priced.lines()).extracting(OrderPricing.Line::net)
                .containsExactly(new BigDecimal("3425.90"), new BigDecimal("30.80"));
        assertThat(priced.lines()).extracting(OrderPricing.Line::vat)
                .containsExactly(new BigDecimal("685.18"), new BigDecimal("3.08"));
        assertThat(priced.net()).isEqualTo(new BigDecimal("3456.70"));
        assertThat(priced.vat()).isEqualTo(new BigDecimal("688.26"));
        assertThat(priced.gross()).isEqualTo(new BigDecimal("4144.96"));
        assertThat(priced.currency()).isEqualTo("RUB");
    }

    @Test
    void zeroQuantitiesAndSkusNotOnTheList_leaveNoLine() {
        OrderPricing.Priced priced = OrderPricing.price(book("0"),
                Map.of("CUPS", BigDecimal.ZERO, "OTHER", BigDecimal.ONE));

        assertThat(priced.lines()).isEmpty();
        assertThat(priced.gross()).isEqualTo(new BigDecimal("0.00"));
    }
}
