package dev.fieldcrm.core.deals;

import java.util.List;

/** A deal with its stage history, oldest first (one Query of the deal's partition). */
public record DealView(Deal deal, List<StageChange> history) {
    public DealView {
        history = List.copyOf(history);
    }
}
