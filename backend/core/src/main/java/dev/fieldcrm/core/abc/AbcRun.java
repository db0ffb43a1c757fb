package dev.fieldcrm.core.abc;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;

/**
 * One ABC analysis as run: its parameters and what it found. Per-client results are on the clients' cards.
 *
 * @param clients              clients with sales in the period (each classified)
 * @param turnoverClasses      how many clients fell in each class by turnover
 * @param marginClasses        the same by margin
 * @param skippedOrders        orders of the period in another currency (not counted)
 * @param linesWithoutCost     lines whose product has no cost price: their sales count in turnover, not in margin
 */
public record AbcRun(String id, YearMonth from, YearMonth to, String currency, AbcThresholds thresholds,
                     int clients, int orders,
                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal turnover,
                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal margin,
                     Map<AbcClass, Integer> turnoverClasses, Map<AbcClass, Integer> marginClasses,
                     int skippedOrders, int linesWithoutCost, Instant at, String by) {
}
