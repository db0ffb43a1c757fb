package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.journal.Interaction;

/** What merging a lead into a client made: the lead (MERGED) and the interaction logged on the client. */
public record LeadMerged(Lead lead, Interaction interaction) {
}
