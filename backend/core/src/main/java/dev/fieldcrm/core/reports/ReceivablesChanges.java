package dev.fieldcrm.core.reports;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.orders.Receivables;
import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps each rep's receivables tally current from the stream: a change of a client's receivables (an invoice, a
 * payment) or of its owner or team re-counts that client. The client's current receivables and owner are compared
 * with its {@link ReceivablesShare}; only the difference is added (and taken from the previous owner), in one
 * transaction with the new share, conditional on the share's version. A replay finds no difference and writes nothing.
 */
public final class ReceivablesChanges implements ChangeListener {
    /** Two workers re-counting the same client at once: the loser reads again. */
    private static final int ATTEMPTS = 3;

    private final ReceivablesStore store;
    private final ChangeWriter writer;
    private final Clock clock;

    public ReceivablesChanges(ReceivablesStore store, ChangeWriter writer, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.clock = clock;
    }

    @Override
    public void on(Change change) {
        if (change.concerns(Receivables.class)) {
            recount(change.tenantId(), change.after(Receivables.class).or(() -> change.before(Receivables.class)).orElseThrow().clientId());
        } else if (change.concerns(Client.class) && ownerMoved(change)) {
            recount(change.tenantId(), change.after(Client.class).or(() -> change.before(Client.class)).orElseThrow().id());
        }
    }

    private static boolean ownerMoved(Change change) {
        Client before = change.before(Client.class).orElse(null);
        Client after = change.after(Client.class).orElse(null);
        return before == null || after == null || !Objects.equals(before.ownerId(), after.ownerId())
                || !Objects.equals(before.teamId(), after.teamId());
    }

    /**
     * One consistent BatchGetItem (profile, receivables, share) · [TWI: Put share, Update ADD tally × 1–2].
     *
     * @return the client's share as it stands after the recount
     */
    public Recounted recount(String tenantId, String clientId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return recountOnce(tenantId, clientId);
            } catch (VersionConflict | AlreadyExists raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /**
     * A client's share after a recount.
     *
     * @param moved whether the recount moved counters (false: the share already told the truth)
     */
    public record Recounted(ReceivablesShare share, boolean moved) {
    }

    private Recounted recountOnce(String tenantId, String clientId) {
        ReceivablesStore.ClientState state = store.client(tenantId, clientId);
        ReceivablesShare old = state.share();
        Map<String, BigDecimal> now = state.ownerId() == null ? Map.of() : counters(state.receivables());
        String team = TeamScope.teamKey(state.teamId());
        boolean sameOwner = Objects.equals(old.ownerId(), state.ownerId()) && Objects.equals(old.teamId(), team);
        // Nothing owed before or now (every new client, a handover of a client who owes nothing): nothing to move.
        boolean nothingOwed = old.counters().isEmpty() && now.isEmpty();
        if (nothingOwed || sameOwner && sameAmounts(old.counters(), now)) {
            return new Recounted(old, false);
        }
        ChangeSet changes = new ChangeSet();
        if (old.ownerId() != null) {
            changes.count(new ReceivablesTally(old.teamId(), old.ownerId()), negated(old.counters()));
        }
        if (state.ownerId() != null) {
            changes.count(new ReceivablesTally(team, state.ownerId()), now);
        }
        ReceivablesShare share = new ReceivablesShare(clientId, state.ownerId(), state.ownerId() == null ? null : team, now,
                clock.instant(), old.version() + 1);
        changes.createOrReplace(share, old.version());
        writer.apply(tenantId, changes);
        return new Recounted(share, true);
    }

    /** What a client's receivables add to its owner's tally: the outstanding amount of each open invoice by due date. */
    static Map<String, BigDecimal> counters(Receivables receivables) {
        Map<String, BigDecimal> counters = new HashMap<>();
        for (Receivables.Balance balance : receivables.balances()) {
            for (Receivables.OpenInvoice invoice : balance.openInvoices()) {
                counters.merge(ReceivablesTally.counter(balance.currency(), invoice.dueDate()), invoice.outstanding(), BigDecimal::add);
            }
        }
        counters.values().removeIf(amount -> amount.signum() == 0);
        return counters;
    }

    /** Equal by value (1500.00 = 1500: a stored amount may come back with another scale). */
    static boolean sameAmounts(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, BigDecimal> entry : a.entrySet()) {
            if (entry.getValue().compareTo(b.get(entry.getKey())) != 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, BigDecimal> negated(Map<String, BigDecimal> counters) {
        Map<String, BigDecimal> negated = new HashMap<>();
        counters.forEach((name, amount) -> negated.put(name, amount.negate()));
        return negated;
    }
}
