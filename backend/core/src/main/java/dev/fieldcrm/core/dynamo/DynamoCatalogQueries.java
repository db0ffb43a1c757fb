package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.catalog.CatalogQueries;
import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.catalog.ConditionsPackage;
import dev.fieldcrm.core.catalog.PriceList;
import dev.fieldcrm.core.catalog.PriceListLine;
import dev.fieldcrm.core.catalog.Product;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class DynamoCatalogQueries implements CatalogQueries {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PagedQuery query;

    public DynamoCatalogQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
    }

    /** GetItem {@code T#t#CATALOG / PRODUCT#sku}. */
    @Override
    public Optional<Product> product(String tenantId, String sku) {
        return get(CatalogKeys.product(tenantId, sku), Product.class);
    }

    /** Query {@code T#t#CATALOG}, {@code begins_with(SK, "PRODUCT#")}, by sku; [FilterExpression active = true]. */
    @Override
    public Page<Product> products(String tenantId, boolean activeOnly, PageRequest page) {
        PagedQuery.Filter filter = activeOnly
                ? new PagedQuery.Filter("#active = :true", Map.of("#active", "active"), Map.of(":true", AttributeValue.fromBool(true)))
                : PagedQuery.Filter.none();
        return query.page(null, CatalogKeys.catalog(tenantId), PagedQuery.SortCondition.beginsWith(CatalogKeys.PRODUCT_PREFIX),
                false, page, filter, Product.class);
    }

    /** BatchGetItem of the product items (one call per 100 skus). */
    @Override
    public Map<String, Product> products(String tenantId, Collection<String> skus) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (String sku : skus) {
            keys.add(CatalogKeys.product(tenantId, sku));
        }
        Map<String, Product> found = new HashMap<>();
        for (Map<String, AttributeValue> item : BatchReads.get(dynamo, table, keys)) {
            Product product = ItemCodec.decode(item, Product.class);
            found.put(product.sku(), product);
        }
        return found;
    }

    /** GetItem {@code T#t#CATALOG / PACKAGE#code}. */
    @Override
    public Optional<ConditionsPackage> conditionsPackage(String tenantId, String code) {
        return get(CatalogKeys.conditionsPackage(tenantId, code), ConditionsPackage.class);
    }

    /** Query {@code T#t#CATALOG}, {@code begins_with(SK, "PACKAGE#")}. */
    @Override
    public Page<ConditionsPackage> conditionsPackages(String tenantId, PageRequest page) {
        return query.page(null, CatalogKeys.catalog(tenantId), PagedQuery.SortCondition.beginsWith(CatalogKeys.PACKAGE_PREFIX),
                false, page, ConditionsPackage.class);
    }

    /** GetItem {@code T#t#CATALOG / PRICELIST#id}. */
    @Override
    public Optional<PriceList> priceList(String tenantId, String id) {
        return get(CatalogKeys.priceList(tenantId, id), PriceList.class);
    }

    /**
     * Query {@code T#t#CATALOG}, {@code begins_with(SK, "PRICELIST#")}: every header (≤ 500 by the catalog's cap,
     * about 300 bytes each, so one page of a Query; a second page is followed should the cap ever be raised).
     */
    @Override
    public List<PriceList> priceLists(String tenantId) {
        List<PriceList> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<PriceList> page = query.page(null, CatalogKeys.catalog(tenantId),
                    PagedQuery.SortCondition.beginsWith(CatalogKeys.PRICE_LIST_PREFIX), false,
                    new PageRequest(CatalogService.MAX_PRICE_LISTS, cursor), PriceList.class);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    /** Query {@code T#t#PRICELIST#id}, by sku. */
    @Override
    public Page<PriceListLine> lines(String tenantId, String priceListId, PageRequest page) {
        return query.page(null, CatalogKeys.priceListLines(tenantId, priceListId), PagedQuery.SortCondition.none(), false,
                page, PriceListLine.class);
    }

    /** BatchGetItem of the product items and the list's line items together (one call for up to 50 skus). */
    @Override
    public PricingData pricingData(String tenantId, String priceListId, Collection<String> skus) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (String sku : skus) {
            keys.add(CatalogKeys.product(tenantId, sku));
            keys.add(CatalogKeys.line(tenantId, priceListId, sku));
        }
        Map<String, Product> products = new HashMap<>();
        Map<String, PriceListLine> lines = new HashMap<>();
        for (Map<String, AttributeValue> item : BatchReads.get(dynamo, table, keys)) {
            if (item.get(TableDesign.SK).s().startsWith(CatalogKeys.LINE_PREFIX)) {
                PriceListLine line = ItemCodec.decode(item, PriceListLine.class);
                lines.put(line.sku(), line);
            } else {
                Product product = ItemCodec.decode(item, Product.class);
                products.put(product.sku(), product);
            }
        }
        return new PricingData(products, lines);
    }

    private <T> Optional<T> get(Map<String, AttributeValue> key, Class<T> type) {
        var response = dynamo.getItem(g -> g.tableName(table).key(key));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), type)) : Optional.empty();
    }
}
