package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Keeps the monthly aggregates current from the stream: each change adds {@code contribution(after) -
 * contribution(before)} (a deal's stage flows come with the insert of the move's history entry, see {@link StageFlows}),
 * all in one transaction with the event's marker
 * (family {@value #FAMILY}), so a redelivered or reprocessed record counts nothing twice. A new user of a tenant puts
 * the tenant on the nightly reconciliation.
 *
 * <p>Calls per counted change: one TransactWriteItems; once per tenant and batch one Query of the users (teams and
 * time zones); for a payment recorded before payments kept their owner, one GetItem of its client.
 */
public final class AggregateChanges implements ChangeListener {
    public static final String FAMILY = "core";

    private final AggregateUpdate update;
    private final UserStore users;
    private final BiFunction<String, String, Optional<Client>> clients;
    private final ReconciliationPlan plan;
    private final Map<String, Staff> staffOfBatch = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param clients a client by tenant and id (strongly consistent reads are not needed: owners change rarely)
     */
    public AggregateChanges(AggregateUpdate update, UserStore users, BiFunction<String, String, Optional<Client>> clients,
                            ReconciliationPlan plan) {
        this.update = update;
        this.users = users;
        this.clients = clients;
        this.plan = plan;
    }

    @Override
    public void on(Change change) {
        if (change.isInsert() && change.after() instanceof User) {
            plan.enrol(change.tenantId());
            return;
        }
        if (!Contributions.counts(change.after()) && !Contributions.counts(change.before())) {
            return;
        }
        Staff staff = staffOfBatch.computeIfAbsent(change.tenantId(), tenant -> new Staff(users.list(tenant)));
        Contributions contributions = new Contributions(staff, clientId -> clients.apply(change.tenantId(), clientId));
        AggregateDeltas deltas = new AggregateDeltas()
                .addAll(contributions.of(change.after()), 1)
                .addAll(contributions.of(change.before()), -1);
        update.apply(change.tenantId(), change.eventId(), FAMILY, deltas.nonZero());
    }

    /** Teams and zones are read again for the next batch (a user moved to another team counts there from then on). */
    @Override
    public void batchEnded() {
        staffOfBatch.clear();
    }
}
