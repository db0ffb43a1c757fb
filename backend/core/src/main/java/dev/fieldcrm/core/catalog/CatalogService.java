package dev.fieldcrm.core.catalog;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientAccess;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Use cases of the catalog: products, conditions packages, price lists and their lines. Everyone of the tenant
 * reads the catalog; only managers and admins change it.
 */
public final class CatalogService {
    /** Bounds the one Query that reads every price list header when choosing the applicable one. */
    public static final int MAX_PRICE_LISTS = 500;
    /** One request's lines are written in one transaction (DynamoDB allows 100 items). */
    public static final int MAX_LINES_PER_REQUEST = 100;

    private final CatalogQueries catalog;
    private final ClientQueries clients;
    private final ChangeWriter writer;
    private final Clock clock;

    public CatalogService(CatalogQueries catalog, ClientQueries clients, ChangeWriter writer, Clock clock) {
        this.catalog = catalog;
        this.clients = clients;
        this.writer = writer;
        this.clock = clock;
    }

    /** Creates the product ({@code expectedVersion} null) or replaces it if its version is still the expected one. */
    public Product putProduct(Caller caller, String rawSku, Long expectedVersion, ProductInput input) {
        requireBackOffice(caller);
        String sku = CatalogCodes.normalise("sku", rawSku);
        Instant now = clock.instant();
        long version = expectedVersion == null ? 1 : expectedVersion + 1;
        Product product = new Product(sku, input.name().strip(), input.unit().strip(), input.vatRate(), input.costPrice(),
                input.active() == null || input.active(), now, caller.userId(), version);
        writer.apply(caller.tenantId(), write(product, expectedVersion));
        return product;
    }

    public Product product(Caller caller, String rawSku) {
        return catalog.product(caller.tenantId(), CatalogCodes.normalise("sku", rawSku)).orElseThrow(() -> new NotFound("product"));
    }

    public Page<Product> products(Caller caller, boolean activeOnly, PageRequest page) {
        return catalog.products(caller.tenantId(), activeOnly, page);
    }

    public ConditionsPackage putConditionsPackage(Caller caller, String rawCode, Long expectedVersion, ConditionsPackageInput input) {
        requireBackOffice(caller);
        String code = CatalogCodes.packageCode("code", rawCode);
        Instant now = clock.instant();
        ConditionsPackage pkg = new ConditionsPackage(code, input.name().strip(), input.discountPercent(),
                input.paymentTermDays(), now, caller.userId(), expectedVersion == null ? 1 : expectedVersion + 1);
        writer.apply(caller.tenantId(), write(pkg, expectedVersion));
        return pkg;
    }

    public ConditionsPackage conditionsPackage(Caller caller, String rawCode) {
        return catalog.conditionsPackage(caller.tenantId(), CatalogCodes.packageCode("code", rawCode))
                .orElseThrow(() -> new NotFound("conditions package"));
    }

    public Page<ConditionsPackage> conditionsPackages(Caller caller, PageRequest page) {
        return catalog.conditionsPackages(caller.tenantId(), page);
    }

    /** Creates or (with the expected version) replaces a price list header. A new list must fit under the cap. */
    public PriceList putPriceList(Caller caller, String rawId, Long expectedVersion, PriceListInput input) {
        requireBackOffice(caller);
        String id = CatalogCodes.normalise("id", rawId);
        List<FieldError> errors = new ArrayList<>();
        if (input.validTo() != null && input.validTo().isBefore(input.validFrom())) {
            errors.add(new FieldError("validTo", "must not be before validFrom"));
        }
        String pkg = null;
        if (input.conditionsPackage() != null && !input.conditionsPackage().isBlank()) {
            pkg = CatalogCodes.packageCodeOrNull(input.conditionsPackage());
            if (pkg == null) {
                errors.add(new FieldError("conditionsPackage", "must be the code of a conditions package"));
            }
        }
        if (pkg != null && input.category() != null) {
            errors.add(new FieldError("category", "a price list targets a conditions package or a category, not both"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        if (expectedVersion == null && catalog.priceLists(caller.tenantId()).size() >= MAX_PRICE_LISTS) {
            throw ValidationFailed.of("id", "a tenant can have at most " + MAX_PRICE_LISTS + " price lists");
        }
        PriceList list = new PriceList(id, input.name().strip(), input.currency(), pkg, input.category(), input.validFrom(),
                input.validTo(), input.active() == null || input.active(), clock.instant(), caller.userId(),
                expectedVersion == null ? 1 : expectedVersion + 1);
        writer.apply(caller.tenantId(), write(list, expectedVersion));
        return list;
    }

    public PriceList priceList(Caller caller, String rawId) {
        return catalog.priceList(caller.tenantId(), CatalogCodes.normalise("id", rawId)).orElseThrow(() -> new NotFound("price list"));
    }

    public List<PriceList> priceLists(Caller caller) {
        return catalog.priceLists(caller.tenantId());
    }

    /**
     * Sets the prices of up to 100 products on a list in one transaction: a new line is created, an existing one
     * replaced on its version (so two managers' concurrent edits cannot interleave unseen). Every sku must be in
     * the catalog; unknown ones are named in the 422.
     */
    public List<PriceListLine> putLines(Caller caller, String rawId, List<PriceLineInput> input) {
        requireBackOffice(caller);
        PriceList list = priceList(caller, rawId);
        if (input.isEmpty() || input.size() > MAX_LINES_PER_REQUEST) {
            throw ValidationFailed.of("lines", "send 1 to " + MAX_LINES_PER_REQUEST + " lines per request");
        }
        List<String> skus = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < input.size(); i++) {
            String sku = CatalogCodes.normaliseOrNull(input.get(i).sku());
            if (sku == null) {
                errors.add(new FieldError("lines[" + i + "].sku", "is not a valid sku"));
            } else if (!seen.add(sku)) {
                errors.add(new FieldError("lines[" + i + "].sku", "appears twice in the request"));
            }
            skus.add(sku);
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        CatalogQueries.PricingData known = catalog.pricingData(caller.tenantId(), list.id(), skus);
        for (int i = 0; i < skus.size(); i++) {
            if (!known.products().containsKey(skus.get(i))) {
                errors.add(new FieldError("lines[" + i + "].sku", "unknown sku " + skus.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Instant now = clock.instant();
        ChangeSet changes = new ChangeSet();
        List<PriceListLine> written = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            PriceListLine old = known.lines().get(skus.get(i));
            PriceListLine line = new PriceListLine(list.id(), skus.get(i), input.get(i).price(), now, caller.userId(),
                    old == null ? 1 : old.version() + 1);
            changes.createOrReplace(line, old == null ? 0 : old.version());
            written.add(line);
        }
        writer.apply(caller.tenantId(), changes);
        return written;
    }

    public Page<PriceListLine> lines(Caller caller, String rawId, PageRequest page) {
        PriceList list = priceList(caller, rawId);
        return catalog.lines(caller.tenantId(), list.id(), page);
    }

    /**
     * The price list that applies to a client the caller may work on a day (today in the caller's zone when
     * {@code on} is null; see {@link PriceListChoice}). Calls: GetItem client · Query price list headers.
     */
    public PriceListChoice applicablePriceList(Caller caller, String clientId, LocalDate on, String currency) {
        Client client = clients.find(caller.tenantId(), clientId)
                .filter(c -> ClientAccess.canWork(caller, c))
                .orElseThrow(() -> new NotFound("client"));
        LocalDate day = on == null ? LocalDate.now(clock.withZone(caller.zone())) : on;
        return choose(caller.tenantId(), client, day, currency)
                .orElseThrow(() -> new NotFound("applicable price list"));
    }

    /** The applicable list for a client already read and checked by the caller (one Query of the headers). */
    public Optional<PriceListChoice> choose(String tenantId, Client client, LocalDate on, String currency) {
        return PriceListChoice.choose(catalog.priceLists(tenantId), client.details().conditionsPackage(),
                client.details().category(), on, currency);
    }

    /** The client's conditions package, if it names one that exists (one GetItem). */
    public Optional<ConditionsPackage> conditionsOf(String tenantId, Client client) {
        String code = CatalogCodes.packageCodeOrNull(client.details().conditionsPackage());
        return code == null ? Optional.empty() : catalog.conditionsPackage(tenantId, code);
    }

    public Optional<ConditionsPackage> findConditionsPackage(String tenantId, String code) {
        return catalog.conditionsPackage(tenantId, code);
    }

    public PriceList priceListOrFail(String tenantId, String id, String field) {
        String code = CatalogCodes.normaliseOrNull(id);
        return (code == null ? Optional.<PriceList>empty() : catalog.priceList(tenantId, code))
                .orElseThrow(() -> ValidationFailed.of(field, "is not a price list of the catalog"));
    }

    public CatalogQueries.PricingData pricingData(String tenantId, String priceListId, List<String> skus) {
        return catalog.pricingData(tenantId, priceListId, skus);
    }

    private static void requireBackOffice(Caller caller) {
        if (!caller.supervises()) {
            throw new Forbidden("only a manager or an admin can change the catalog");
        }
    }

    private static ChangeSet write(Object record, Long expectedVersion) {
        return expectedVersion == null ? new ChangeSet().create(record) : new ChangeSet().replace(record, expectedVersion);
    }
}
