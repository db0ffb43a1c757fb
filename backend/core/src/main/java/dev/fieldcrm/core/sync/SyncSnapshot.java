package dev.fieldcrm.core.sync;

import dev.fieldcrm.core.agenda.AgendaEntry;
import dev.fieldcrm.core.agenda.AgendaQueries;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealQueries;
import dev.fieldcrm.core.deals.DealStatus;
import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.journal.JournalFilter;
import dev.fieldcrm.core.journal.JournalQueries;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.OrderQueries;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.ValidationFailed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads a user's sync scope page by page from the indexes the app already has, one phase after the other: own
 * clients (GSI3 by owner, then one card Query per client for its contacts), agenda (GSI1, open tasks and the open
 * leads assigned to the user), own journal of
 * the last {@link #JOURNAL_DAYS} days (GSI2), own open deals (GSI3 {@code DEALS#OWNER}), own orders of the last
 * {@link #ORDER_DAYS} days (GSI3 {@code ORDERS#OWNER}, newest first). Each page is one index Query (plus the cards in
 * the clients phase), so a page's cost is bounded by {@code limit}.
 */
public final class SyncSnapshot {
    public static final int JOURNAL_DAYS = 30;
    public static final int ORDER_DAYS = 90;
    /** Clients per page: each brings its card Query and up to 100 contacts, so far fewer than {@code limit}. */
    static final int MAX_CLIENTS_PER_PAGE = 20;
    private static final Duration AGENDA_HORIZON = Duration.ofDays(3660);

    private final ClientQueries clients;
    private final AgendaQueries agenda;
    private final JournalQueries journal;
    private final DealQueries deals;
    private final OrderQueries orders;

    public SyncSnapshot(ClientQueries clients, AgendaQueries agenda, JournalQueries journal, DealQueries deals,
                        OrderQueries orders) {
        this.clients = clients;
        this.agenda = agenda;
        this.journal = journal;
        this.deals = deals;
        this.orders = orders;
    }

    /**
     * @param next the page cursor within the phase, null when the phase is done
     */
    record Step(List<SyncChange> changes, String next) {
    }

    Step page(String tenantId, String userId, SnapshotPhase phase, String cursor, int limit, Instant now) {
        return switch (phase) {
            case CLIENTS -> clientsPage(tenantId, userId, new PageRequest(clientsPerPage(limit), cursor));
            case AGENDA -> agendaPage(read(() -> agenda.dueFor(tenantId, userId, now.plus(AGENDA_HORIZON), new PageRequest(limit, cursor))));
            case JOURNAL -> step(read(() -> journal.byAuthor(tenantId, userId,
                    new JournalFilter(null, now.minus(Duration.ofDays(JOURNAL_DAYS)), null), new PageRequest(limit, cursor))));
            case DEALS -> dealsPage(read(() -> deals.byOwner(tenantId, userId, null, new PageRequest(limit, cursor))));
            case ORDERS -> ordersPage(read(() -> orders.byOwner(tenantId, userId, null, new PageRequest(limit, cursor))),
                    now.minus(Duration.ofDays(ORDER_DAYS)));
        };
    }

    static int clientsPerPage(int limit) {
        return Math.max(1, Math.min(MAX_CLIENTS_PER_PAGE, limit / 10));
    }

    private Step clientsPage(String tenantId, String userId, PageRequest request) {
        Page<Client> page = read(() -> clients.byOwner(tenantId, userId, null, request));
        List<SyncChange> changes = new ArrayList<>();
        for (Client client : page.items()) {
            changes.add(SyncChange.of(client));
            List<Contact> contacts = clients.card(tenantId, client.id()).map(ClientCard::contacts).orElse(List.of());
            for (Contact contact : contacts) {
                changes.add(SyncChange.of(contact));
            }
        }
        return new Step(changes, page.nextCursor());
    }

    private static Step agendaPage(Page<AgendaEntry> page) {
        return step(new Page<>(page.items().stream().map(AgendaEntry::record).toList(), page.nextCursor()));
    }

    private static Step dealsPage(Page<Deal> page) {
        List<SyncChange> changes = new ArrayList<>();
        for (Deal deal : page.items()) {
            if (deal.status() == DealStatus.OPEN) {
                changes.add(SyncChange.of(deal));
            }
        }
        return new Step(changes, page.nextCursor());
    }

    /** Newest first: the first order older than the window ends the phase. */
    private static Step ordersPage(Page<Order> page, Instant since) {
        List<SyncChange> changes = new ArrayList<>();
        for (Order order : page.items()) {
            if (order.createdAt().isBefore(since)) {
                return new Step(changes, null);
            }
            changes.add(SyncChange.of(order));
        }
        return new Step(changes, page.nextCursor());
    }

    private static Step step(Page<?> page) {
        List<SyncChange> changes = new ArrayList<>(page.items().size());
        for (Object record : page.items()) {
            changes.add(SyncChange.of(record));
        }
        return new Step(changes, page.nextCursor());
    }

    /** The only input an index read can reject here is the page cursor inside a sync cursor. */
    private static <T> Page<T> read(Supplier<Page<T>> query) {
        try {
            return query.get();
        } catch (ValidationFailed e) {
            throw new InvalidSyncCursor();
        }
    }
}
