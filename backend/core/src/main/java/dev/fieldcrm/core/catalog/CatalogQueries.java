package dev.fieldcrm.core.catalog;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the tenant's catalog (see docs/data-model.md for the DynamoDB call each one makes). */
public interface CatalogQueries {
    Optional<Product> product(String tenantId, String sku);

    /** One page of products by sku, optionally only active ones. */
    Page<Product> products(String tenantId, boolean activeOnly, PageRequest page);

    /** The products with these skus that exist (one BatchGetItem per 100 skus). */
    Map<String, Product> products(String tenantId, Collection<String> skus);

    Optional<ConditionsPackage> conditionsPackage(String tenantId, String code);

    Page<ConditionsPackage> conditionsPackages(String tenantId, PageRequest page);

    Optional<PriceList> priceList(String tenantId, String id);

    /** Every price list header of the tenant (at most {@link CatalogService#MAX_PRICE_LISTS}), one Query. */
    List<PriceList> priceLists(String tenantId);

    Page<PriceListLine> lines(String tenantId, String priceListId, PageRequest page);

    /** The lines of one list for these skus, and the products with these skus, in as few BatchGetItem calls as fit. */
    PricingData pricingData(String tenantId, String priceListId, Collection<String> skus);

    /** What pricing an order needs from the catalog, keyed by sku. */
    record PricingData(Map<String, Product> products, Map<String, PriceListLine> lines) {
    }
}
