package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.catalog.CatalogCodes;
import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.catalog.Product;
import dev.fieldcrm.core.catalog.ProductInput;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Pages;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.store.AlreadyExists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Products in CSV, keyed by their sku exactly as {@code PUT /api/v1/products/{sku}}: a row whose (normalised) sku is
 * not in the catalog creates the product, one whose sku is replaces it on its current version — only the columns
 * the file has, so a file {@code sku,costPrice} reprices without touching names — and is UNCHANGED when it would
 * change nothing (decimals compared by value: {@code 20} and {@code 20.00} are the same rate). An empty
 * {@code active} cell means active, as an absent {@code active} does in the API. Writes go through
 * {@link CatalogService#putProduct}: managers and admins only, the same checks as a product typed in.
 */
public final class ProductTransfer implements EntityTransfer {
    static final List<String> COLUMNS = List.of("sku", "name", "unit", "vatRate", "costPrice", "active");
    private static final ProductInput NONE = new ProductInput(null, null, null, null, null);

    private final CatalogService catalog;

    public ProductTransfer(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public String entity() {
        return "products";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("sku");
    }

    @Override
    public Applied importRow(ImportContext context, CsvRow row) {
        Caller caller = context.caller();
        String sku = CatalogCodes.normalise("sku", row.text("sku"));
        Product current = existing(caller, sku);
        ProductInput input = context.validated(row, merge(current == null ? NONE : inputOf(current), row), in -> in);
        if (current != null && sameAs(current, input)) {
            return new Applied(Outcome.UNCHANGED, sku);
        }
        Outcome outcome = current == null ? Outcome.CREATED : Outcome.UPDATED;
        if (context.dryRun()) {
            return new Applied(outcome, current == null ? null : sku);
        }
        try {
            catalog.putProduct(caller, sku, current == null ? null : current.version(), input);
        } catch (AlreadyExists addedMeanwhile) {
            throw ValidationFailed.of("sku", "was added by someone else while importing; import the row again");
        }
        return new Applied(outcome, sku);
    }

    /** The stored product (one GetItem), or null when the sku is new. */
    private Product existing(Caller caller, String sku) {
        try {
            return catalog.product(caller, sku);
        } catch (NotFound absent) {
            return null;
        }
    }

    private static ProductInput inputOf(Product product) {
        return new ProductInput(product.name(), product.unit(), product.vatRate(), product.costPrice(), product.active());
    }

    /** The current input with the row's columns laid over it. */
    static ProductInput merge(ProductInput base, CsvRow row) {
        Boolean active = base.active();
        if (row.has("active")) {
            active = row.text("active") == null ? null : row.bool("active", base.active() == null || base.active());
        }
        return new ProductInput(row.text("name", base.name()), row.text("unit", base.unit()),
                row.decimal("vatRate", base.vatRate()), row.decimal("costPrice", base.costPrice()), active);
    }

    /** Whether writing the input would store what is stored (the use case strips names and defaults active). */
    private static boolean sameAs(Product product, ProductInput input) {
        return product.name().equals(input.name().strip()) && product.unit().equals(input.unit().strip())
                && Decimals.same(product.vatRate(), input.vatRate()) && Decimals.same(product.costPrice(), input.costPrice())
                && product.active() == (input.active() == null || input.active());
    }

    @Override
    public FileKeys fileKeys(ImportContext context, CsvRow row) {
        // A product has no unique value besides its key: two rows with one sku are the same product (the later
        // one updates the earlier), never duplicates.
        String sku = CatalogCodes.normaliseOrNull(row.text("sku"));
        return new FileKeys(sku == null ? "row:" + row.number() : "sku:" + sku, Set.of());
    }

    /** The whole catalog (everyone of the tenant reads it): one Query per 200 products. */
    @Override
    public List<List<String>> export(Caller caller) {
        List<List<String>> rows = new ArrayList<>();
        Pages.each(page -> catalog.products(caller, false, page), product -> rows.add(Arrays.asList(product.sku(),
                product.name(), product.unit(), Decimals.cell(product.vatRate()), Decimals.cell(product.costPrice()),
                Boolean.toString(product.active()))));
        return rows;
    }

    @Override
    public String column(String fieldPath) {
        return Columns.of(fieldPath, Map.of());
    }
}
