package dev.fieldcrm.core.hygiene.review;

import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealQueries;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.hygiene.HygieneStore;

import java.util.Objects;

/**
 * Moves a deal's open review rows to its new owner when the deal changes hands (a reassignment, or a client handover
 * taking its deals along), so the new owner sees and fixes them and their team's manager decides on them. The hit
 * stays counted against the rep who owned the deal when the round was made (ADR "Review rows follow the deal").
 *
 * <p>The stream's images only tell that the owner moved; the owner the rows move to is read from the deal as it is
 * now (GetItem), so a redelivered or late change cannot move them back. The rows are looked up by the rules the deal
 * offends now (its hygiene summary, GetItem): a row of a rule the deal no longer offends is being fixed automatically
 * ({@link ReviewFixes}) and stays with its owner.
 */
public final class ReviewHandover implements ChangeListener {
    private final ReviewRows rows;
    private final DealQueries deals;
    private final HygieneStore hygiene;

    public ReviewHandover(ReviewRows rows, DealQueries deals, HygieneStore hygiene) {
        this.rows = rows;
        this.deals = deals;
        this.hygiene = hygiene;
    }

    @Override
    public void on(Change change) {
        Deal before = change.before(Deal.class).orElse(null);
        Deal after = change.after(Deal.class).orElse(null);
        if (before == null || after == null
                || Objects.equals(before.ownerId(), after.ownerId()) && Objects.equals(before.teamId(), after.teamId())) {
            return;
        }
        String tenantId = change.tenantId();
        deals.find(tenantId, after.id()).ifPresent(deal -> rows.ownerChanged(tenantId, deal.id(),
                hygiene.summary(tenantId, deal.id()).offences().keySet(), deal.ownerId(), deal.teamId()));
    }
}
