package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.catalog.CatalogCodes;
import dev.fieldcrm.core.catalog.CatalogQueries;
import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.catalog.PriceLineInput;
import dev.fieldcrm.core.catalog.PriceList;
import dev.fieldcrm.core.catalog.PriceListLine;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Pages;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.store.AlreadyExists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prices of price lists in CSV, one row per line: {@code priceListId,sku,price} sets the net price of a product
 * of the catalog on a list that exists (the list headers themselves are kept through the API). A row naming an
 * unknown list or sku is INVALID naming that column; a price equal by value to the stored one is UNCHANGED.
 *
 * <p>Rows are applied one at a time through {@link CatalogService#putLines} with a single line, not batched per list
 * within a chunk: the engine reports an outcome per row and applies each row in its own transaction, and a batched
 * transaction would fail (or, on a version conflict, be retried) as a whole for one bad or contended line, and its
 * 100-item limit would cut a list's lines across batches anyway. The cost is about five calls per changed row
 * (two reads here to decide UNCHANGED, then the use case's two reads and its transaction) — fine for price files of
 * thousands of lines; see docs/data-model.md.
 */
public final class PriceListLineTransfer implements EntityTransfer {
    static final List<String> COLUMNS = List.of("priceListId", "sku", "price");

    private final CatalogService catalog;
    private final CatalogQueries queries;

    public PriceListLineTransfer(CatalogService catalog, CatalogQueries queries) {
        this.catalog = catalog;
        this.queries = queries;
    }

    @Override
    public String entity() {
        return "price-list-lines";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("priceListId", "sku", "price");
    }

    @Override
    public Applied importRow(ImportContext context, CsvRow row) {
        Caller caller = context.caller();
        PriceLineInput line = context.validated(row, new PriceLineInput(row.text("sku"), row.decimal("price", null)),
                input -> codes(row, input));
        PriceList list = catalog.priceListOrFail(caller.tenantId(), row.text("priceListId"), "priceListId");
        CatalogQueries.PricingData known = catalog.pricingData(caller.tenantId(), list.id(), List.of(line.sku()));
        if (!known.products().containsKey(line.sku())) {
            throw ValidationFailed.of("sku", "is not a product of the catalog");
        }
        String recordId = list.id() + "/" + line.sku();
        PriceListLine current = known.lines().get(line.sku());
        if (current != null && Decimals.same(current.price(), line.price())) {
            return new Applied(Outcome.UNCHANGED, recordId);
        }
        Outcome outcome = current == null ? Outcome.CREATED : Outcome.UPDATED;
        if (context.dryRun()) {
            return new Applied(outcome, current == null ? null : recordId);
        }
        try {
            catalog.putLines(caller, list.id(), List.of(line));
        } catch (AlreadyExists addedMeanwhile) {
            throw ValidationFailed.of("sku", "was priced on this list by someone else while importing; import the row again");
        }
        return new Applied(outcome, recordId);
    }

    /** The input with its sku normalised; both codes must be well-formed (every malformed one reported). */
    private static PriceLineInput codes(CsvRow row, PriceLineInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (CatalogCodes.normaliseOrNull(row.text("priceListId")) == null) {
            errors.add(new FieldError("priceListId", "must be the id of a price list"));
        }
        String sku = CatalogCodes.normaliseOrNull(input.sku());
        if (sku == null) {
            errors.add(new FieldError("sku", "must be 1 to 40 characters of A-Z, 0-9, '.', '_' or '-'"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new PriceLineInput(sku, input.price());
    }

    @Override
    public FileKeys fileKeys(ImportContext context, CsvRow row) {
        // A line has no unique value besides its key: two rows for one list and sku are the same line.
        String list = CatalogCodes.normaliseOrNull(row.text("priceListId"));
        String sku = CatalogCodes.normaliseOrNull(row.text("sku"));
        return new FileKeys(list == null || sku == null ? "row:" + row.number() : "line:" + list + "/" + sku, Set.of());
    }

    /** Every line of every price list of the tenant: one Query for the headers, then one Query per 200 lines per list. */
    @Override
    public List<List<String>> export(Caller caller) {
        List<List<String>> rows = new ArrayList<>();
        for (PriceList list : catalog.priceLists(caller)) {
            Pages.each(page -> queries.lines(caller.tenantId(), list.id(), page),
                    line -> rows.add(Arrays.asList(list.id(), line.sku(), Decimals.cell(line.price()))));
        }
        return rows;
    }

    @Override
    public String column(String fieldPath) {
        return Columns.of(fieldPath, Map.of("lines.sku", "sku", "lines.price", "price", "lines", "row"));
    }
}
