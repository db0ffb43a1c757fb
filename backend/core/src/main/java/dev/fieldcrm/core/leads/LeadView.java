package dev.fieldcrm.core.leads;

import java.util.List;

/** A lead with the requests that made or joined it, oldest first. */
public record LeadView(Lead lead, List<InboundSummary> inbound) {
    public LeadView {
        inbound = List.copyOf(inbound);
    }
}
