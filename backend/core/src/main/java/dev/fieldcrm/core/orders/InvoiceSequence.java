package dev.fieldcrm.core.orders;

/**
 * The tenant's invoice counter: {@code last} is the sequence of the latest invoice. It is advanced in the same
 * transaction as the invoice it numbers, conditional on its version, so no number is skipped or given twice.
 */
public record InvoiceSequence(long last, long version) {
    public static final InvoiceSequence NONE = new InvoiceSequence(0, 0);

    InvoiceSequence advanced() {
        return new InvoiceSequence(last + 1, version + 1);
    }
}
