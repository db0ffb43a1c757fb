package dev.fieldcrm.core.orders;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a client owes, kept on the client card (one item, updated in the same transaction as every invoice and
 * payment): per currency, the totals invoiced and paid and the invoices still open. Ageing is computed from it
 * for any day by {@link ReceivablesReport}.
 */
public record Receivables(String clientId, List<Balance> balances, Instant updatedAt, long version) {
    /** Keeps the card item small: a client with more open invoices gets no new one until some are paid. */
    public static final int MAX_OPEN_INVOICES = 500;

    public Receivables {
        balances = List.copyOf(balances);
    }

    public record Balance(String currency,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal invoiced,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid,
                          List<OpenInvoice> openInvoices) {
        public Balance {
            openInvoices = List.copyOf(openInvoices);
        }

        public BigDecimal balance() {
            return invoiced.subtract(paid);
        }
    }

    public record OpenInvoice(String invoiceId, String number, LocalDate dueDate,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal outstanding) {
    }

    public static Receivables none(String clientId) {
        return new Receivables(clientId, List.of(), null, 0);
    }

    public int openInvoiceCount() {
        int count = 0;
        for (Balance balance : balances) {
            count += balance.openInvoices().size();
        }
        return count;
    }

    Receivables withInvoice(Invoice invoice, Instant at) {
        Balance old = balance(invoice.currency());
        List<OpenInvoice> open = new ArrayList<>(old.openInvoices());
        open.add(new OpenInvoice(invoice.id(), invoice.number(), invoice.dueDate(), invoice.gross()));
        return with(new Balance(old.currency(), old.invoiced().add(invoice.gross()), old.paid(), open), at);
    }

    Receivables withPayment(Invoice invoice, BigDecimal amount, Instant at) {
        Balance old = balance(invoice.currency());
        List<OpenInvoice> open = new ArrayList<>();
        for (OpenInvoice o : old.openInvoices()) {
            if (!o.invoiceId().equals(invoice.id())) {
                open.add(o);
            } else if (o.outstanding().compareTo(amount) > 0) {
                open.add(new OpenInvoice(o.invoiceId(), o.number(), o.dueDate(), o.outstanding().subtract(amount)));
            }
        }
        return with(new Balance(old.currency(), old.invoiced(), old.paid().add(amount), open), at);
    }

    private Balance balance(String currency) {
        for (Balance b : balances) {
            if (b.currency().equals(currency)) {
                return b;
            }
        }
        return new Balance(currency, Pricing.exact(BigDecimal.ZERO), Pricing.exact(BigDecimal.ZERO), List.of());
    }

    private Receivables with(Balance changed, Instant at) {
        List<Balance> all = new ArrayList<>();
        boolean replaced = false;
        for (Balance b : balances) {
            if (b.currency().equals(changed.currency())) {
                all.add(changed);
                replaced = true;
            } else {
                all.add(b);
            }
        }
        if (!replaced) {
            all.add(changed);
        }
        return new Receivables(clientId, all, at, version + 1);
    }
}
