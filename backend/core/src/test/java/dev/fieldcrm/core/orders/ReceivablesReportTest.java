package dev.fieldcrm.core.orders;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReceivablesReportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Invoice invoice(String id, String currency, String gross, LocalDate due) {
        BigDecimal amount = new BigDecimal(gross);
        return new Invoice(id, 1, "000001", "c", "o", currency, amount, BigDecimal.ZERO, amount, new BigDecimal("0.00"),
                due.minusDays(14), due, NOW, "mgr", NOW, "mgr", 1);
    }

    @ParameterizedTest(name = "{0} days overdue → bucket {1}")
    @CsvSource({"-5, 0", "0, 0", "1, 1", "30, 1", "31, 2", "60, 2", "61, 3", "90, 3", "91, 4", "400, 4"})
    void anInvoiceIsAgedByWholeDaysPastItsDueDate(long daysOverdue, int bucket) {
        assertThat(ReceivablesReport.bucket(daysOverdue)).isEqualTo(bucket);
    }

    @Test
    void invoicesAndPayments_leaveTheOutstandingPartsInTheirBuckets() {
        Invoice notDue = invoice("A", "RUB", "100.00", TODAY);
        Invoice late10 = invoice("B", "RUB", "200.00", TODAY.minusDays(10));
        Invoice late95 = invoice("C", "RUB", "300.00", TODAY.minusDays(95));
        Invoice euro = invoice("D", "EUR", "50.00", TODAY.minusDays(45));
        Receivables receivables = Receivables.none("c")
                .withInvoice(notDue, NOW).withInvoice(late10, NOW).withInvoice(late95, NOW).withInvoice(euro, NOW)
                .withPayment(late10, new BigDecimal("150.00"), NOW)
                .withPayment(late95, new BigDecimal("300.00"), NOW);

        ReceivablesReport report = ReceivablesReport.of(receivables, TODAY);

        ReceivablesReport.CurrencyReport rub = report.currencies().get(0);
        assertThat(rub.currency()).isEqualTo("RUB");
        assertThat(rub.invoiced()).isEqualByComparingTo("600.00");
        assertThat(rub.paid()).isEqualByComparingTo("450.00");
        assertThat(rub.balance()).isEqualByComparingTo("150.00");
        assertThat(rub.overdue()).isEqualByComparingTo("50.00");
        assertThat(rub.ageing().notDue()).isEqualByComparingTo("100.00");
        assertThat(rub.ageing().days1To30()).isEqualByComparingTo("50.00");
        assertThat(rub.ageing().over90()).isEqualByComparingTo("0.00");
        assertThat(rub.openInvoices()).extracting(Receivables.OpenInvoice::invoiceId).containsExactly("A", "B");
        ReceivablesReport.CurrencyReport eur = report.currencies().get(1);
        assertThat(eur.ageing().days31To60()).isEqualByComparingTo("50.00");
        assertThat(eur.overdue()).isEqualByComparingTo("50.00");
        assertThat(receivables.version()).isEqualTo(6);
    }

    @Property
    void theBuckets_alwaysAddUpToTheBalance(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = -60, max = 200) Integer> dueOffsets,
                                           @ForAll @IntRange(min = 0, max = 99) int paidPercent) {
        Receivables receivables = Receivables.none("c");
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < dueOffsets.size(); i++) {
            Invoice invoice = invoice("I" + i, "RUB", (i + 1) + "0.10", TODAY.minusDays(dueOffsets.get(i)));
            invoices.add(invoice);
            receivables = receivables.withInvoice(invoice, NOW);
        }
        for (Invoice invoice : invoices) {
            BigDecimal part = invoice.gross().multiply(BigDecimal.valueOf(paidPercent)).movePointLeft(2)
                    .setScale(2, java.math.RoundingMode.DOWN);
            if (part.signum() > 0) {
                receivables = receivables.withPayment(invoice, part, NOW);
            }
        }

        ReceivablesReport.CurrencyReport rub = ReceivablesReport.of(receivables, TODAY).currencies().get(0);

        assertThat(rub.ageing().total()).isEqualByComparingTo(rub.balance());
        assertThat(rub.overdue()).isEqualByComparingTo(rub.balance().subtract(rub.ageing().notDue()));
    }
}
