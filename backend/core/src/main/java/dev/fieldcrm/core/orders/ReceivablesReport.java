package dev.fieldcrm.core.orders;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's receivables as of a day, per currency: balance (invoiced − paid), the overdue part and its ageing.
 * An invoice is overdue from the day after its due date; its days overdue = day − dueDate. Buckets:
 * not due (≤ 0 days), 1–30, 31–60, 61–90, over 90. The buckets always add up to the balance.
 */
public record ReceivablesReport(LocalDate on, List<CurrencyReport> currencies) {

    public record CurrencyReport(String currency,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal invoiced,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal overdue,
                                 Ageing ageing,
                                 List<Receivables.OpenInvoice> openInvoices) {
    }

    public record Ageing(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal notDue,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal days1To30,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal days31To60,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal days61To90,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal over90) {

        public BigDecimal total() {
            return notDue.add(days1To30).add(days31To60).add(days61To90).add(over90);
        }
    }

    public static ReceivablesReport of(Receivables receivables, LocalDate on) {
        List<CurrencyReport> reports = new ArrayList<>();
        for (Receivables.Balance balance : receivables.balances()) {
            BigDecimal[] buckets = new BigDecimal[5];
            java.util.Arrays.fill(buckets, Pricing.exact(BigDecimal.ZERO));
            for (Receivables.OpenInvoice invoice : balance.openInvoices()) {
                int bucket = bucket(ChronoUnit.DAYS.between(invoice.dueDate(), on));
                buckets[bucket] = buckets[bucket].add(invoice.outstanding());
            }
            BigDecimal overdue = buckets[1].add(buckets[2]).add(buckets[3]).add(buckets[4]);
            reports.add(new CurrencyReport(balance.currency(), balance.invoiced(), balance.paid(), balance.balance(), overdue,
                    new Ageing(buckets[0], buckets[1], buckets[2], buckets[3], buckets[4]), balance.openInvoices()));
        }
        return new ReceivablesReport(on, reports);
    }

    /** 0 = not due, 1 = 1–30, 2 = 31–60, 3 = 61–90, 4 = over 90 days overdue. */
    static int bucket(long daysOverdue) {
        if (daysOverdue <= 0) {
            return 0;
        }
        if (daysOverdue <= 30) {
            return 1;
        }
        if (daysOverdue <= 60) {
            return 2;
        }
        return daysOverdue <= 90 ? 3 : 4;
    }
}
