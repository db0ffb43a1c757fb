package dev.fieldcrm.core.orders;

import java.math.BigDecimal;
import java.util.List;

/** The lines of an order as priced against a price list and a conditions package. */
record PricedOrder(String currency, String priceListId, String conditionsPackage, BigDecimal discountPercent,
                   List<OrderLine> lines, Pricing.Totals totals) {
}
