package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.tasks.Task;

/**
 * Keeps offences current from the stream: a deal's change re-evaluates the deal; a change of a client's profile, one
 * of its contacts or its tasks re-evaluates the client's deals. Idempotent: evaluation reads the current state and
 * writes only the difference.
 */
public final class HygieneChanges implements ChangeListener {
    private final HygieneEvaluator evaluator;

    public HygieneChanges(HygieneEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public void on(Change change) {
        if (change.concerns(Deal.class)) {
            String dealId = change.after(Deal.class).or(() -> change.before(Deal.class)).orElseThrow().id();
            evaluator.deal(change.tenantId(), dealId);
        } else if (change.concerns(Client.class)) {
            evaluator.client(change.tenantId(), change.after(Client.class).or(() -> change.before(Client.class)).orElseThrow().id());
        } else if (change.concerns(Contact.class)) {
            evaluator.client(change.tenantId(), change.after(Contact.class).or(() -> change.before(Contact.class)).orElseThrow().clientId());
        } else if (change.concerns(Task.class)) {
            evaluator.client(change.tenantId(), change.after(Task.class).or(() -> change.before(Task.class)).orElseThrow().clientId());
        }
    }
}
