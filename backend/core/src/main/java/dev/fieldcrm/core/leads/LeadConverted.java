package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.deals.Deal;

/** What converting a lead made: the lead (CONVERTED), the client, its contact and the deal (or null). */
public record LeadConverted(Lead lead, Client client, Contact contact, Deal deal) {
}
