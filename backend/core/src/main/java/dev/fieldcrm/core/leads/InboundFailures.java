package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.store.ChangeSet;

/**
 * Where a request the worker gave up on is counted for the people who look after its source (a web form's counters),
 * in the same transaction that marks it {@link InboundStatus#FAILED}. A port, so lead processing does not depend on
 * how each source keeps its counts.
 */
public interface InboundFailures {
    void count(InboundRequest failed, ChangeSet changes);

    InboundFailures NONE = (failed, changes) -> { };
}
