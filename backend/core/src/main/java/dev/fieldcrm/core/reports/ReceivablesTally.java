package dev.fieldcrm.core.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The key of one rep's current receivables counters ({@code T#t#AGG#CURRENT} / {@code <team>#<owner>}): what the rep's
 * clients owe now, per currency and due date ({@code recv#<CUR>#<yyyy-MM-dd>}). Keeping the due date in the name lets
 * a reader split "open" from "overdue" for any day without the counters being touched when a day passes.
 */
public record ReceivablesTally(String teamId, String ownerId) implements ReportRecord {
    static final String PREFIX = "recv#";
    static final String NO_DUE_DATE = "-";

    public static String counter(String currency, LocalDate dueDate) {
        return PREFIX + currency + "#" + (dueDate == null ? NO_DUE_DATE : dueDate.toString());
    }

    public static boolean isCounter(String attribute) {
        return attribute.startsWith(PREFIX);
    }

    /** One rep's counters as read. */
    public record Counters(ReceivablesTally key, Map<String, BigDecimal> values) {
        public Counters {
            values = Map.copyOf(values);
        }

        /** Currency → {open, overdue on {@code today}} (an invoice due today is not overdue yet). */
        public Map<String, Amounts> amounts(LocalDate today) {
            Map<String, Amounts> byCurrency = new TreeMap<>();
            values.forEach((name, value) -> {
                if (!isCounter(name) || value.signum() == 0) {
                    return;
                }
                String[] parts = name.split("#", 3);
                boolean overdue = !NO_DUE_DATE.equals(parts[2]) && LocalDate.parse(parts[2]).isBefore(today);
                byCurrency.merge(parts[1], new Amounts(value, overdue ? value : BigDecimal.ZERO), Amounts::plus);
            });
            return byCurrency;
        }
    }

    /** Open receivables and the overdue part of them, in one currency. */
    public record Amounts(@com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING) BigDecimal open,
                          @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING) BigDecimal overdue) {
        public Amounts plus(Amounts other) {
            return new Amounts(open.add(other.open), overdue.add(other.overdue));
        }
    }
}
