package dev.fieldcrm.core.proposals;

import dev.fieldcrm.core.shared.ValidationFailed;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProposalLineTest {

    private static ProposalLineInput input(String quantity, String price, String discount, String vat) {
        return new ProposalLineInput("SKU-1", "Стеллаж", "шт", new BigDecimal(quantity), new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), new BigDecimal(vat));
    }

    @Test
    void aLine_isNetOfDiscount_plusVatOnTop_eachRoundedHalfUpToCents() {
        // 3 × 333.335 = 1000.005; −10 % = 900.0045 → 900.00; VAT 20 % = 180.000 → 180.00
        ProposalLine line = ProposalLine.of(input("3", "333.335", "10", "20"), "lines[0]");

        assertThat(line.net()).isEqualByComparingTo("900.00");
        assertThat(line.vat()).isEqualByComparingTo("180.00");
        assertThat(line.total()).isEqualByComparingTo("1080.00");
        assertThat(line.net().scale()).isEqualTo(2);
    }

    @Test
    void halfACentRoundsUp_onNetAndOnVat() {
        // 1 × 0.125 = 0.125 → 0.13; VAT 10 % of 0.13 = 0.013 → 0.01
        ProposalLine cheap = ProposalLine.of(input("1", "0.125", null, "10"), "lines[0]");
        assertThat(cheap.net()).isEqualByComparingTo("0.13");
        assertThat(cheap.vat()).isEqualByComparingTo("0.01");
        // 1 × 10.05 at VAT 5 % = 0.5025 → 0.50; at 15 % = 1.5075 → 1.51
        assertThat(ProposalLine.of(input("1", "10.05", null, "5"), "l").vat()).isEqualByComparingTo("0.50");
        assertThat(ProposalLine.of(input("1", "10.05", null, "15"), "l").vat()).isEqualByComparingTo("1.51");
    }

    @Test
    void totals_areSumsOfTheRoundedLines_notARecomputationOfTheWhole() {
        // Three lines of 0.125 each: every line rounds to 0.13, so the total is 0.39 (0.375 would round to 0.38).
        List<ProposalLine> lines = List.of(
                ProposalLine.of(input("1", "0.125", null, "0"), "lines[0]"),
                ProposalLine.of(input("1", "0.125", null, "0"), "lines[1]"),
                ProposalLine.of(input("1", "0.125", null, "0"), "lines[2]"));

        ProposalTotals totals = ProposalTotals.of(lines);

        assertThat(totals.net()).isEqualByComparingTo("0.39");
        assertThat(totals.vat()).isEqualByComparingTo("0.00");
        assertThat(totals.total()).isEqualByComparingTo("0.39");
    }

    @Test
    void aFullDiscount_makesTheLineFree() {
        ProposalLine line = ProposalLine.of(input("5", "199.99", "100", "20"), "lines[0]");
        assertThat(line.total()).isEqualByComparingTo("0");
    }

    @Test
    void aZeroQuantity_orADiscountAbove100_isRefusedNamingTheLine() {
        assertThatThrownBy(() -> ProposalLine.of(input("0", "10", null, "20"), "lines[3]"))
                .isInstanceOf(ValidationFailed.class).hasMessageStartingWith("lines[3].quantity");
        assertThatThrownBy(() -> ProposalLine.of(input("1", "10", "100.01", "20"), "lines[1]"))
                .isInstanceOf(ValidationFailed.class).hasMessageStartingWith("lines[1].discountPercent");
    }

    @Test
    void aLineWithoutNameOrPrice_isRefused_forThePriceListHadNothingToFillIn() {
        assertThatThrownBy(() -> ProposalLine.of(new ProposalLineInput("SKU-9", null, null, BigDecimal.ONE, null, null, null), "lines[0]"))
                .isInstanceOf(ValidationFailed.class).hasMessageStartingWith("lines[0].name");
        assertThatThrownBy(() -> ProposalLine.of(new ProposalLineInput("SKU-9", "Shelf", "pcs", BigDecimal.ONE, null, null,
                BigDecimal.TEN), "lines[0]"))
                .isInstanceOf(ValidationFailed.class).hasMessageStartingWith("lines[0].price");
    }

    @Property
    void everyLineTotal_isItsNetPlusItsVat_inCents(
            @ForAll @BigRange(min = "0.001", max = "100000") @Scale(3) BigDecimal quantity,
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(4) BigDecimal price,
            @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal discount,
            @ForAll @BigRange(min = "0", max = "100") @Scale(2) BigDecimal vatRate) {
        ProposalLine line = ProposalLine.of(new ProposalLineInput(null, "x", "pcs", quantity, price, discount, vatRate), "l");

        assertThat(line.total()).isEqualTo(line.net().add(line.vat()));
        assertThat(line.net().scale()).isEqualTo(2);
        assertThat(line.vat().scale()).isEqualTo(2);
        // Never more than half a cent away from the exact amount.
        BigDecimal exactNet = quantity.multiply(price).multiply(BigDecimal.valueOf(100).subtract(discount))
                .divide(BigDecimal.valueOf(100));
        assertThat(line.net().subtract(exactNet).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        assertThat(line.net().signum()).isGreaterThanOrEqualTo(0);
    }

    @Property
    void theTotals_alwaysAddUpTheLinesAsPrinted(
            @ForAll @Size(min = 1, max = 30) List<@BigRange(min = "0", max = "99999") @Scale(4) BigDecimal> prices,
            @ForAll @BigRange(min = "0", max = "30") @Scale(0) BigDecimal vatRate) {
        List<ProposalLine> lines = new ArrayList<>();
        for (BigDecimal price : prices) {
            lines.add(ProposalLine.of(new ProposalLineInput(null, "x", "pcs", new BigDecimal("1.5"), price, null, vatRate), "l"));
        }

        ProposalTotals totals = ProposalTotals.of(lines);

        assertThat(totals.net()).isEqualTo(lines.stream().map(ProposalLine::net).reduce(new BigDecimal("0.00"), BigDecimal::add));
        assertThat(totals.vat()).isEqualTo(lines.stream().map(ProposalLine::vat).reduce(new BigDecimal("0.00"), BigDecimal::add));
        assertThat(totals.total()).isEqualTo(totals.net().add(totals.vat()));
    }
}
