package dev.fieldcrm.core.hygiene.review;

import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.hygiene.HygieneStore;
import dev.fieldcrm.core.hygiene.Offence;

/**
 * Moves review rows to FIXED when the underlying data is fixed: the evaluator withdraws an offence item exactly when
 * its rule stops matching the deal, so its removal from the stream is the signal. Idempotent: a redelivered removal
 * finds no row still watching the pair. An offence item is also withdrawn (and created anew) when the deal changes
 * owner: the deal's summary, read then (one GetItem), tells the two apart.
 */
public final class ReviewFixes implements ChangeListener {
    private final ReviewRows rows;
    private final HygieneStore hygiene;

    public ReviewFixes(ReviewRows rows, HygieneStore hygiene) {
        this.rows = rows;
        this.hygiene = hygiene;
    }

    @Override
    public void on(Change change) {
        if (change.isRemoval()) {
            change.before(Offence.class)
                    .filter(o -> !hygiene.summary(change.tenantId(), o.deal().dealId()).offences().containsKey(o.ruleId()))
                    .ifPresent(o -> rows.ruleCleared(change.tenantId(), o.ruleId(), o.deal().dealId()));
        }
    }
}
