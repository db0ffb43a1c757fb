package dev.fieldcrm.core.agenda;

import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.leads.LeadFields;

import java.time.Instant;

/**
 * A lead on the agenda: the step "contact the lead" with what the rep needs to call right away.
 *
 * @param dueAt the lead's contact-by deadline (the tenant's SLA)
 */
public record AgendaLead(String leadId, String name, String company, String phone, String email, String city,
                         String source, String sourceName, Instant dueAt, long version) {

    public static AgendaLead of(Lead lead) {
        LeadFields fields = lead.fields();
        return new AgendaLead(lead.id(), lead.displayName(), fields == null ? null : fields.company(), lead.phone(),
                lead.email(), fields == null ? null : fields.city(), lead.source(), lead.sourceName(), lead.contactBy(),
                lead.version());
    }
}
