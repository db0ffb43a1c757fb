package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.catalog.ConditionsPackage;
import dev.fieldcrm.core.catalog.PriceList;
import dev.fieldcrm.core.catalog.PriceListLine;
import dev.fieldcrm.core.catalog.Product;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of the catalog. Products, conditions packages and price list headers share the tenant's catalog partition
 * ({@code T#t#CATALOG}), each kind under its own sort-key prefix so one Query lists one kind; a price list's lines
 * have a partition of their own ({@code T#t#PRICELIST#id}) because they grow with the catalog.
 */
final class CatalogKeys {
    static final String PRODUCT_PREFIX = "PRODUCT#";
    static final String PACKAGE_PREFIX = "PACKAGE#";
    static final String PRICE_LIST_PREFIX = "PRICELIST#";
    static final String LINE_PREFIX = "LINE#";

    private CatalogKeys() {
    }

    static String catalog(String tenantId) {
        return Keys.tenant(tenantId) + "CATALOG";
    }

    static String priceListLines(String tenantId, String priceListId) {
        return Keys.tenant(tenantId) + "PRICELIST#" + priceListId;
    }

    static Map<String, AttributeValue> product(String tenantId, String sku) {
        return Keys.key(catalog(tenantId), PRODUCT_PREFIX + sku);
    }

    static Map<String, AttributeValue> conditionsPackage(String tenantId, String code) {
        return Keys.key(catalog(tenantId), PACKAGE_PREFIX + code);
    }

    static Map<String, AttributeValue> priceList(String tenantId, String id) {
        return Keys.key(catalog(tenantId), PRICE_LIST_PREFIX + id);
    }

    static Map<String, AttributeValue> line(String tenantId, String priceListId, String sku) {
        return Keys.key(priceListLines(tenantId, priceListId), LINE_PREFIX + sku);
    }

    static Map<String, AttributeValue> of(String tenantId, Object record) {
        return switch (record) {
            case Product p -> product(tenantId, p.sku());
            case ConditionsPackage c -> conditionsPackage(tenantId, c.code());
            case PriceList l -> priceList(tenantId, l.id());
            case PriceListLine l -> line(tenantId, l.priceListId(), l.sku());
            default -> throw new IllegalArgumentException("not a catalog record: " + record.getClass().getSimpleName());
        };
    }
}
