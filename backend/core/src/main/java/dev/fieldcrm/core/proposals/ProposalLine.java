package dev.fieldcrm.core.proposals;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.fieldcrm.core.shared.ValidationFailed;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A priced line of a proposal. The money of a line is computed here and only here:
 * <pre>
 *   net   = round(quantity × price × (100 − discount%) / 100)
 *   vat   = round(net × vatRate / 100)
 *   total = net + vat
 * </pre>
 * where round = 2 decimal places, HALF_UP. Each line is rounded on its own; the proposal's totals are sums of the
 * rounded lines ({@link ProposalTotals}), so the printed lines always add up to the printed totals.
 */
public record ProposalLine(
        String sku,
        String name,
        String unit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discountPercent,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatRate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vat,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total) {

    public static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Prices a line.
     *
     * @param field where the line sits in the request (e.g. {@code lines[2]}), to name the field of an error
     */
    public static ProposalLine of(ProposalLineInput input, String field) {
        BigDecimal discount = input.discountPercent() == null ? BigDecimal.ZERO : input.discountPercent();
        if (input.name() == null || input.name().isBlank()) {
            throw ValidationFailed.of(field + ".name", "must not be blank (or give the sku of a price-list item)");
        }
        if (input.unit() == null || input.unit().isBlank()) {
            throw ValidationFailed.of(field + ".unit", "must not be blank (or give the sku of a price-list item)");
        }
        if (input.quantity() == null || input.quantity().signum() <= 0) {
            throw ValidationFailed.of(field + ".quantity", "must be greater than 0");
        }
        if (input.price() == null || input.price().signum() < 0) {
            throw ValidationFailed.of(field + ".price", "must be 0 or more");
        }
        if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0) {
            throw ValidationFailed.of(field + ".discountPercent", "must be between 0 and 100");
        }
        if (input.vatRate() == null || input.vatRate().signum() < 0 || input.vatRate().compareTo(HUNDRED) > 0) {
            throw ValidationFailed.of(field + ".vatRate", "must be between 0 and 100");
        }
        // One rounding per amount, at the end of its own computation: no intermediate rounding to drift.
        BigDecimal net = input.quantity().multiply(input.price()).multiply(HUNDRED.subtract(discount))
                .divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
        BigDecimal vat = net.multiply(input.vatRate()).divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
        return new ProposalLine(blankToNull(input.sku()), input.name().strip(), input.unit().strip(), input.quantity(),
                input.price(), discount, input.vatRate(), net, vat, net.add(vat));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
