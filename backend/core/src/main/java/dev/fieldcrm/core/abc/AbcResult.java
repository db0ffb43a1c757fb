package dev.fieldcrm.core.abc;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A client's place in the latest ABC analysis that saw sales to it, kept on its card.
 *
 * @param turnover          net sales (without VAT) of the period, in {@code currency}
 * @param margin            net sales minus cost of the lines whose product has a cost price
 * @param orders            confirmed, not cancelled orders of the period
 * @param ordersPerMonth    purchase frequency: orders divided by the months of the period
 */
public record AbcResult(String clientId, String runId, YearMonth from, YearMonth to, String currency,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal turnover, AbcClass turnoverClass,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal margin, AbcClass marginClass,
                        int orders,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal ordersPerMonth,
                        Instant computedAt) {
}
