package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.clients.Category;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.ClientRules;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.clients.ClientType;
import dev.fieldcrm.core.clients.Geography;
import dev.fieldcrm.core.clients.Priority;
import dev.fieldcrm.core.clients.Requisites;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.DomainException;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.shared.UniqueValue;
import dev.fieldcrm.core.shared.ValidationFailed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clients in CSV. A row with {@code id} (FieldCRM's) or a known {@code externalId} updates that client — only the
 * columns the file has, so fields without a column (description, contract…) are kept — and is UNCHANGED when it
 * would change nothing; any other row creates a client, owned by {@code ownerId} or the importing user.
 * Writes go through {@link ClientService}: the same rules, guards and audit as a client typed in.
 */
public final class ClientTransfer implements EntityTransfer {
    static final List<String> COLUMNS = List.of("id", "externalId", "name", "legalForm", "industry", "segment",
            "category", "priority", "type", "conditionsPackage", "phones", "emails", "taxId", "country", "region",
            "city", "address", "ownerId");
    private static final ClientDetails NONE = new ClientDetails(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null);
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "requisites.taxId", "taxId", "geography.country", "country", "geography.region", "region",
            "geography.city", "city", "geography.address", "address");

    private final ClientService clients;
    private final ClientQueries queries;
    private final ClientRules rules;

    public ClientTransfer(ClientService clients, ClientQueries queries, ClientRules rules) {
        this.clients = clients;
        this.queries = queries;
        this.rules = rules;
    }

    @Override
    public String entity() {
        return "clients";
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
        Client current = existing(caller, row);
        ClientDetails input = merge(current == null ? NONE : current.details(), row);
        ClientDetails details = context.validated(row, input, rules::normalise);
        String ownerId = row.text("ownerId", current == null ? null : current.ownerId());
        if (current == null) {
            if (!context.dryRun()) {
                return new Applied(Outcome.CREATED, clients.createOwnedBy(caller, ownerId, context.newRecordId(row), input).id());
            }
            if (ownerId != null && !ownerId.equals(caller.userId())) {
                clients.assignableOwner(caller, ownerId);
            }
            Guards.requireFree(queries, caller.tenantId(), ClientRules.uniques(details), null);
            return new Applied(Outcome.CREATED, null);
        }
        boolean newDetails = !details.equals(current.details());
        boolean newOwner = ownerId != null && !ownerId.equals(current.ownerId());
        if (!newDetails && !newOwner) {
            return new Applied(Outcome.UNCHANGED, current.id());
        }
        if (context.dryRun()) {
            if (newOwner) {
                clients.assignableOwner(caller, ownerId);
            }
            Guards.requireFree(queries, caller.tenantId(), ClientRules.uniques(details), new RecordRef(current.id(), null, null));
            return new Applied(Outcome.UPDATED, current.id());
        }
        Client updated = newDetails ? clients.update(caller, current.id(), current.version(), input) : current;
        if (newOwner) {
            clients.reassign(caller, current.id(), updated.version(), ownerId);
        }
        return new Applied(Outcome.UPDATED, current.id());
    }

    /** The client the row names by id or external id (null: the row is a new client). */
    private Client existing(Caller caller, CsvRow row) {
        String id = row.text("id");
        if (id != null) {
            try {
                return clients.card(caller, id.strip()).client();
            } catch (NotFound e) {
                throw ValidationFailed.of("id", "is not a client you may work");
            }
        }
        String externalId = row.text("externalId");
        if (externalId == null) {
            return null;
        }
        RecordRef holder = queries.holderOf(caller.tenantId(), UniqueValue.externalId(externalId.strip())).orElse(null);
        if (holder == null) {
            return null;
        }
        try {
            return clients.card(caller, holder.clientId()).client();
        } catch (NotFound e) {
            throw ValidationFailed.of("externalId", "belongs to a client you may not work");
        }
    }

    /** The current details with the row's columns laid over them. */
    static ClientDetails merge(ClientDetails base, CsvRow row) {
        Requisites r = base.requisites();
        String taxId = row.text("taxId", r == null ? null : r.taxId());
        Requisites requisites = r == null && taxId == null ? null
                : new Requisites(taxId, r == null ? null : r.registrationNumber(), r == null ? null : r.bankAccount(),
                r == null ? null : r.bankName());
        Geography g = base.geography();
        String country = row.text("country", g == null ? null : g.country());
        String region = row.text("region", g == null ? null : g.region());
        String city = row.text("city", g == null ? null : g.city());
        String address = row.text("address", g == null ? null : g.address());
        Geography geography = g == null && country == null && region == null && city == null && address == null ? null
                : new Geography(country, region, city, address, g == null ? null : g.lat(), g == null ? null : g.lon());
        return new ClientDetails(row.text("name", base.name()), row.text("legalForm", base.legalForm()),
                base.description(), row.text("industry", base.industry()), base.size(), base.addresses(),
                row.list("phones", base.phones()), row.list("emails", base.emails()), requisites, geography,
                row.text("segment", base.segment()), row.enumValue("priority", Priority.class, base.priority()),
                row.enumValue("type", ClientType.class, base.type()),
                row.enumValue("category", Category.class, base.category()),
                row.text("conditionsPackage", base.conditionsPackage()), base.salesPotential(), base.shareOfWallet(),
                base.loyalty(), base.contract(), row.text("externalId", base.externalId()));
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

    @Override
    public List<List<String>> export(Caller caller) {
        List<List<String>> rows = new ArrayList<>();
        clients.forEachInScope(caller, client -> rows.add(row(client)));
        return rows;
    }

    static List<String> row(Client client) {
        ClientDetails d = client.details();
        Geography g = d.geography();
        return java.util.Arrays.asList(client.id(), d.externalId(), d.name(), d.legalForm(), d.industry(), d.segment(),
                name(d.category()), name(d.priority()), name(d.type()), d.conditionsPackage(),
                String.join(CsvRow.MULTI_VALUE_SEPARATOR, d.phones()), String.join(CsvRow.MULTI_VALUE_SEPARATOR, d.emails()),
                d.requisites() == null ? null : d.requisites().taxId(), g == null ? null : g.country(),
                g == null ? null : g.region(), g == null ? null : g.city(), g == null ? null : g.address(), client.ownerId());
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @Override
    public String column(String fieldPath) {
        return Columns.of(fieldPath, COLUMN_OF_FIELD);
    }
}
