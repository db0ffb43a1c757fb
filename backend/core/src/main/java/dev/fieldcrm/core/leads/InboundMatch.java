package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.shared.RecordRef;

/**
 * Who an inbound request's person already is, found through the unique-value guards of their normalised email and
 * phone: a client's contact (or the client itself), else an open lead, else nobody. A client wins over a lead, an
 * email over a phone.
 *
 * @param client the client (and contact) holding the email or phone, or null
 * @param leadId the open lead holding it, or null (always null when {@code client} is set)
 */
public record InboundMatch(RecordRef client, String leadId) {
    public static final InboundMatch NONE = new InboundMatch(null, null);

    public boolean isClient() {
        return client != null;
    }

    public boolean isLead() {
        return client == null && leadId != null;
    }
}
