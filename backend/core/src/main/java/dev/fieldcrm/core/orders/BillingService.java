package dev.fieldcrm.core.orders;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.catalog.ConditionsPackage;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.idempotency.Idempotency;
import dev.fieldcrm.core.idempotency.IdempotentRequest;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Sleep;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.store.WriteContention;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Invoices, payments and the receivables they leave on the client card. Back-office work: managers and admins.
 */
public final class BillingService {
    /** Payment term when the client has no conditions package. */
    public static final int DEFAULT_PAYMENT_TERM_DAYS = 14;
    /**
     * How often an invoice is tried again after losing the race for the next number (or for the client's
     * receivables) to a concurrent invoice: every round has a winner, so this covers 32 simultaneous invoices.
     */
    static final int ATTEMPTS = 32;

    private final ClientService clients;
    private final OrderQueries orders;
    private final CatalogService catalog;
    private final ChangeWriter writer;
    private final Clock clock;

    public BillingService(ClientService clients, OrderQueries orders, CatalogService catalog, ChangeWriter writer, Clock clock) {
        this.clients = clients;
        this.orders = orders;
        this.catalog = catalog;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Invoices a SHIPPED order for its total; due = today + the conditions package's payment term (default 14 days).
     *
     * <p>Gap-free numbers: the tenant's counter item is advanced in the same transaction as the invoice (create on
     * the first invoice, then conditional on its version). Two invoices racing for the same number cannot both
     * commit; the loser re-reads (counter consistently, card, order) and tries again with the next number, so the
     * numbers committed are exactly 1, 2, 3… (A transaction DynamoDB cancels because another held the counter at
     * that instant — {@link WriteContention} — is retried the same way.) Calls per attempt: Query card · GetItem order · [GetItem package] ·
     * GetItem counter (consistent) · TWI (counter, invoice, order, receivables, audit).
     */
    public Invoice invoice(Caller caller, String clientId, String orderId, long expectedVersion) {
        OrderService.requireBackOffice(caller, "invoice an order");
        for (int attempt = 1; ; attempt++) {
            ClientCard card = clients.card(caller, clientId);
            Order order = orders.order(caller.tenantId(), clientId, orderId).orElseThrow(() -> new NotFound("order"));
            if (order.version() != expectedVersion) {
                throw new VersionConflict("order", order.version());
            }
            if (!order.status().canMoveTo(OrderStatus.INVOICED)) {
                throw OrderService.illegal(order, "invoice");
            }
            Receivables receivables = card.receivables();
            if (receivables.openInvoiceCount() >= Receivables.MAX_OPEN_INVOICES) {
                throw ValidationFailed.of("clientId", "the client has " + Receivables.MAX_OPEN_INVOICES + " open invoices; record payments first");
            }
            int term = paymentTermDays(caller, order);
            InvoiceSequence counter = orders.invoiceSequence(caller.tenantId());
            InvoiceSequence next = counter.advanced();
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock.withZone(caller.zone()));
            Invoice invoice = new Invoice(Ids.newId(), next.last(), Invoice.numberOf(next.last()), clientId, orderId,
                    order.currency(), order.net(), order.vat(), order.gross(), Pricing.exact(BigDecimal.ZERO), today,
                    today.plusDays(term), now, caller.userId(), now, caller.userId(), 1);
            Order invoiced = order.invoiced(invoice.id(), caller.userId(), now);
            ChangeSet changes = new ChangeSet();
            changes.createOrReplace(next, counter.version());
            changes.create(invoice).replace(invoiced, expectedVersion);
            changes.createOrReplace(receivables.withInvoice(invoice, now), receivables.version());
            changes.audit(Audit.entry(caller, now, clientId, "invoice", invoice.id(), "issued", null, invoice))
                    .audit(Audit.entry(caller, now, clientId, "order", orderId, "invoiced", order, invoiced));
            try {
                writer.apply(caller.tenantId(), changes);
                return invoice;
            } catch (VersionConflict | AlreadyExists | WriteContention lostRace) {
                // The counter or the receivables moved on (or the order did: the next round reports that as 412).
                if (attempt >= ATTEMPTS) {
                    throw lostRace;
                }
                pause(attempt);
            }
        }
    }

    /**
     * Records a payment against an invoice; more than the invoice's outstanding amount is refused. The payment, the
     * invoice's paid amount, the order's status (PARTIALLY_PAID / PAID) and the card's receivables are written in one
     * transaction. Calls: Query card · GetItem invoice · GetItem order · TWI (payment, invoice, order, receivables,
     * audit, [idempotency record]); a concurrent payment on the same client makes it read and try again (bounded).
     */
    public Payment pay(Caller caller, String clientId, PaymentInput input, IdempotentRequest idempotent) {
        OrderService.requireBackOffice(caller, "record a payment");
        for (int attempt = 1; ; attempt++) {
            ClientCard card = clients.card(caller, clientId);
            String invoiceId = Ids.isValid(input.invoiceId()) ? input.invoiceId() : null;
            Invoice invoice = (invoiceId == null ? java.util.Optional.<Invoice>empty()
                    : orders.invoice(caller.tenantId(), clientId, invoiceId))
                    .orElseThrow(() -> ValidationFailed.of("invoiceId", "is not an invoice of this client"));
            if (input.amount().compareTo(invoice.outstanding()) > 0) {
                throw ValidationFailed.of("amount", "exceeds the invoice's outstanding " + invoice.outstanding().toPlainString()
                        + " " + invoice.currency());
            }
            Order order = orders.order(caller.tenantId(), clientId, invoice.orderId()).orElseThrow(() -> new NotFound("order"));
            Instant now = clock.instant();
            BigDecimal amount = Pricing.exact(input.amount());
            Payment payment = new Payment(Ids.newId(), clientId, invoice.id(), order.id(), invoice.currency(), amount,
                    input.paidOn(), input.reference(), now, caller.userId(), 1,
                    card.client().ownerId(), card.client().teamId());
            Invoice paidInvoice = invoice.withPaid(invoice.paid().add(amount), caller.userId(), now);
            Order paidOrder = order.withPaid(paidInvoice.paid(), caller.userId(), now);
            ChangeSet changes = new ChangeSet().create(payment)
                    .replace(paidInvoice, invoice.version())
                    .replace(paidOrder, order.version());
            changes.createOrReplace(card.receivables().withPayment(invoice, amount, now), card.receivables().version());
            changes.audit(Audit.entry(caller, now, clientId, "payment", payment.id(), "received", null, payment))
                    .audit(Audit.entry(caller, now, clientId, "order", order.id(), "paid", order, paidOrder));
            Idempotency.remember(changes, caller, idempotent, payment, now);
            try {
                writer.apply(caller.tenantId(), changes);
                return payment;
            } catch (VersionConflict | WriteContention raced) {
                if (attempt >= 3) {
                    throw raced;
                }
                pause(attempt);
            }
        }
    }

    /** The client's receivables and their ageing on a day (today in the caller's zone by default): one Query. */
    public ReceivablesReport receivables(Caller caller, String clientId, LocalDate on) {
        ClientCard card = clients.card(caller, clientId);
        return ReceivablesReport.of(card.receivables(), on == null ? LocalDate.now(clock.withZone(caller.zone())) : on);
    }

    private int paymentTermDays(Caller caller, Order order) {
        if (order.conditionsPackage() == null) {
            return DEFAULT_PAYMENT_TERM_DAYS;
        }
        // The package's current term: a term changed after the order was taken applies to its invoice.
        return catalog.findConditionsPackage(caller.tenantId(), order.conditionsPackage())
                .map(ConditionsPackage::paymentTermDays).orElse(DEFAULT_PAYMENT_TERM_DAYS);
    }

    private static void pause(int attempt) {
        Sleep.jittered(1, 5L + Math.min(attempt, 10) * 5L);
    }
}
