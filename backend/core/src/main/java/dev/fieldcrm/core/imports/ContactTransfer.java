package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.clients.BuyingRole;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.ClientRules;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.clients.ContactService;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.DomainException;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.shared.UniqueValue;
import dev.fieldcrm.core.shared.ValidationFailed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Key people in CSV. A row names its client by {@code clientId} or {@code clientExternalId}; with {@code id} or a
 * known {@code externalId} it updates that contact (only the columns the file has), otherwise it adds one. Writes go
 * through {@link ContactService}: the same rules, guards and audit as a contact typed in.
 */
public final class ContactTransfer implements EntityTransfer {
    static final List<String> COLUMNS = List.of("id", "clientId", "clientExternalId", "externalId", "name",
            "buyingRole", "position", "phones", "emails", "birthday", "notes", "emailConsent", "smsConsent");
    private static final ContactDetails NONE = new ContactDetails(null, null, null, null, null, null, null, false, false, null);

    private final ClientService clients;
    private final ContactService contacts;
    private final ClientQueries queries;
    private final ClientRules rules;

    public ContactTransfer(ClientService clients, ContactService contacts, ClientQueries queries, ClientRules rules) {
        this.clients = clients;
        this.contacts = contacts;
        this.queries = queries;
        this.rules = rules;
    }

    @Override
    public String entity() {
        return "contacts";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("name");
    }

    @Override
    public Applied importRow(ImportContext context, CsvRow row) {
        Caller caller = context.caller();
        ClientCard card = card(caller, row);
        String clientId = card.client().id();
        Contact current = existing(caller, card, row);
        ContactDetails input = merge(current == null ? NONE : current.details(), row);
        ContactDetails details = context.validated(row, input, rules::normalise);
        if (current == null) {
            if (!context.dryRun()) {
                return new Applied(Outcome.CREATED, contacts.add(caller, clientId, context.newRecordId(row), input, null).id());
            }
            if (card.contacts().size() >= ContactService.MAX_CONTACTS_PER_CLIENT) {
                throw ValidationFailed.of("clientId", "a client can have at most " + ContactService.MAX_CONTACTS_PER_CLIENT + " contacts");
            }
            Guards.requireFree(queries, caller.tenantId(), ClientRules.uniques(details), null);
            return new Applied(Outcome.CREATED, null);
        }
        if (details.equals(current.details())) {
            return new Applied(Outcome.UNCHANGED, current.id());
        }
        if (context.dryRun()) {
            Guards.requireFree(queries, caller.tenantId(), ClientRules.uniques(details), new RecordRef(clientId, current.id(), null));
        } else {
            contacts.update(caller, clientId, current.id(), current.version(), input);
        }
        return new Applied(Outcome.UPDATED, current.id());
    }

    private ClientCard card(Caller caller, CsvRow row) {
        String clientId = row.text("clientId");
        if (clientId == null && row.text("clientExternalId") != null) {
            clientId = queries.holderOf(caller.tenantId(), UniqueValue.externalId(row.text("clientExternalId").strip()))
                    .map(RecordRef::clientId)
                    .orElseThrow(() -> ValidationFailed.of("clientExternalId", "is not the external id of a client"));
        }
        if (clientId == null) {
            throw ValidationFailed.of("clientId", "or clientExternalId must name the contact's client");
        }
        try {
            return clients.card(caller, clientId.strip());
        } catch (NotFound e) {
            throw ValidationFailed.of("clientId", "is not a client you may work");
        }
    }

    private Contact existing(Caller caller, ClientCard card, CsvRow row) {
        String id = row.text("id");
        String externalId = row.text("externalId");
        String contactId;
        if (id != null) {
            contactId = id.strip();
        } else if (externalId != null) {
            RecordRef holder = queries.holderOf(caller.tenantId(), UniqueValue.contactExternalId(externalId.strip())).orElse(null);
            if (holder == null) {
                return null;
            }
            if (!holder.clientId().equals(card.client().id())) {
                throw ValidationFailed.of("externalId", "belongs to a contact of another client");
            }
            contactId = holder.contactId();
        } else {
            return null;
        }
        return card.contacts().stream().filter(c -> c.id().equals(contactId)).findFirst()
                .orElseThrow(() -> ValidationFailed.of("id", "is not a contact of this client"));
    }

    static ContactDetails merge(ContactDetails base, CsvRow row) {
        return new ContactDetails(row.text("name", base.name()),
                row.enumValue("buyingRole", BuyingRole.class, base.buyingRole()),
                row.text("position", base.position()), row.list("phones", base.phones()), row.list("emails", base.emails()),
                row.date("birthday", base.birthday()), row.text("notes", base.notes()),
                row.bool("emailConsent", base.emailConsent()), row.bool("smsConsent", base.smsConsent()),
                row.text("externalId", base.externalId()));
    }

    @Override
    public FileKeys fileKeys(ImportContext context, CsvRow row) {
        String identity = row.text("id") != null ? "id:" + row.text("id").strip()
                : row.text("externalId") != null ? "external:" + row.text("externalId").strip() : "row:" + row.number();
        try {
            return new FileKeys(identity, ClientRules.uniques(rules.normalise(merge(NONE, row))));
        } catch (DomainException unreadable) {
            return new FileKeys(identity, Set.of());
        }
    }

    /** One card Query per client in scope (the contacts live in the clients' partitions). */
    @Override
    public List<List<String>> export(Caller caller) {
        List<List<String>> rows = new ArrayList<>();
        clients.forEachInScope(caller, client -> {
            for (Contact contact : clients.card(caller, client.id()).contacts()) {
                ContactDetails d = contact.details();
                rows.add(Arrays.asList(contact.id(), client.id(), client.details().externalId(), d.externalId(), d.name(),
                        ClientTransfer.name(d.buyingRole()), d.position(),
                        String.join(CsvRow.MULTI_VALUE_SEPARATOR, d.phones()),
                        String.join(CsvRow.MULTI_VALUE_SEPARATOR, d.emails()),
                        d.birthday() == null ? null : d.birthday().toString(), d.notes(),
                        Boolean.toString(d.emailConsent()), Boolean.toString(d.smsConsent())));
            }
        });
        return rows;
    }

    @Override
    public String column(String fieldPath) {
        return Columns.of(fieldPath, Map.of());
    }
}
