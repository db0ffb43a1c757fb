package dev.fieldcrm.core.orders;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PricingTest {
    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @ParameterizedTest(name = "{0} × {1} − {2}% at VAT {3}% → net {4}, VAT {5}")
    @CsvSource({
            // price, quantity, discount, vat, net, vat amount
            "100.00, 1, 0, 20, 100.00, 20.00",
            "100.00, 3, 0, 0, 300.00, 0.00",
            "99.99, 3, 0, 10, 299.97, 30.00",        // 29.997 → 30.00
            "0.125, 1, 0, 0, 0.13, 0.00",             // half up at the cent
            "0.124, 1, 0, 20, 0.12, 0.02",            // 0.024 → 0.02
            "10.00, 0.333, 0, 20, 3.33, 0.67",        // 3.33 × 0.2 = 0.666 → 0.67
            "19.99, 1.5, 7.5, 20, 27.74, 5.55",       // 29.985 × 0.925 = 27.736125 → 27.74; 5.548 → 5.55
            "33.33, 3, 33.33, 10, 66.66, 6.67",       // 99.99 × 0.6667 = 66.663333 → 66.66; 6.666 → 6.67
            "1000.00, 2, 100, 20, 0.00, 0.00",        // a 100 % discount is free
            "0.01, 0.5, 0, 20, 0.01, 0.00",           // 0.005 → 0.01 (half up)
            "12.3456, 7, 0, 10, 86.42, 8.64"          // 86.4192 → 86.42; 8.642 → 8.64
    })
    void aLine_isRoundedHalfUpToCents_netFirstThenVatFromTheRoundedNet(String price, String quantity, String discount,
                                                                         String vat, String net, String vatAmount) {
        Pricing.LineAmounts line = Pricing.line(d(price), d(quantity), d(discount), d(vat));

        assertThat(line.net()).isEqualByComparingTo(net).hasScaleOf(2);
        assertThat(line.vat()).isEqualByComparingTo(vatAmount).hasScaleOf(2);
    }

    @Test
    void totals_areSumsOfTheRoundedLines_notRoundedSumsOfExactOnes() {
        // Three lines of 0.005 net each: exact sum 0.015 would round to 0.02; the rounded lines sum to 0.03.
        List<Pricing.LineAmounts> lines = List.of(
                Pricing.line(d("0.01"), d("0.5"), d("0"), d("20")),
                Pricing.line(d("0.01"), d("0.5"), d("0"), d("20")),
                Pricing.line(d("0.01"), d("0.5"), d("0"), d("20")));

        Pricing.Totals totals = Pricing.totals(lines);

        assertThat(totals.net()).isEqualByComparingTo("0.03");
        assertThat(totals.vat()).isEqualByComparingTo("0.00");
        assertThat(totals.gross()).isEqualByComparingTo("0.03");
    }

    @Test
    void twoHundredLines_atVat0_10_and20_addUpExactly() {
        List<Pricing.LineAmounts> lines = new ArrayList<>();
        String[] rates = {"0", "10", "20"};
        for (int i = 0; i < 200; i++) {
            lines.add(Pricing.line(d("1.99"), d("3"), d("10"), d(rates[i % 3])));
        }
        // Each line: 1.99 × 3 × 0.9 = 5.373 → 5.37; VAT 0 / 0.537 → 0.54 / 1.074 → 1.07.
        Pricing.Totals totals = Pricing.totals(lines);

        assertThat(totals.net()).isEqualByComparingTo("1074.00");
        int at10 = 67;
        int at20 = 66;
        assertThat(totals.vat()).isEqualByComparingTo(d("0.54").multiply(BigDecimal.valueOf(at10))
                .add(d("1.07").multiply(BigDecimal.valueOf(at20))));
        assertThat(totals.gross()).isEqualByComparingTo(totals.net().add(totals.vat()));
    }

    @Property
    void aDiscountNeverRaisesTheNet_andVatStaysWithinTheRateOfTheNet(
            @ForAll @BigRange(min = "0", max = "100000") @Scale(4) BigDecimal price,
            @ForAll @BigRange(min = "0.001", max = "10000") @Scale(3) BigDecimal quantity,
            @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal discount,
            @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal vatRate) {
        Pricing.LineAmounts undiscounted = Pricing.line(price, quantity, BigDecimal.ZERO, vatRate);
        Pricing.LineAmounts line = Pricing.line(price, quantity, discount, vatRate);

        assertThat(line.net()).isLessThanOrEqualTo(undiscounted.net()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        BigDecimal exactVat = line.net().multiply(vatRate).movePointLeft(2);
        assertThat(line.vat().subtract(exactVat).abs()).isLessThanOrEqualTo(d("0.005"));
    }

    @Property
    void theGrossTotal_isTheSumOfEveryLinesNetAndVat(@ForAll @Size(min = 1, max = 200) List<@BigRange(min = "0", max = "5000") @Scale(2) BigDecimal> prices) {
        List<Pricing.LineAmounts> lines = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal price : prices) {
            Pricing.LineAmounts line = Pricing.line(price, d("1.5"), d("3"), d("20"));
            lines.add(line);
            sum = sum.add(line.net()).add(line.vat());
        }

        assertThat(Pricing.totals(lines).gross()).isEqualByComparingTo(sum).hasScaleOf(2);
    }
}
