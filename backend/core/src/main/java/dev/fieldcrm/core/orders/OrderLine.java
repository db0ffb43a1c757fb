package dev.fieldcrm.core.orders;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;

/**
 * One line of an order with what was true when it was priced: the product's name, unit and VAT rate, the price
 * list's net price, and the amounts computed by {@link Pricing}. Later catalog changes do not alter it.
 *
 * @param shipped how much of the quantity has been shipped so far
 */
public record OrderLine(String sku, String name, String unit,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vatRate,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal vat,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal shipped) {

    public OrderLine withShipped(BigDecimal newShipped) {
        return new OrderLine(sku, name, unit, quantity, price, vatRate, net, vat, newShipped);
    }

    public BigDecimal unshipped() {
        return quantity.subtract(shipped);
    }
}
