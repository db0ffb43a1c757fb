package dev.fieldcrm.core.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is in its life: DRAFT → SUBMITTED → CONFIRMED → PARTIALLY_SHIPPED/SHIPPED → INVOICED →
 * PARTIALLY_PAID/PAID; CANCELLED from DRAFT, SUBMITTED or CONFIRMED only.
 */
public enum OrderStatus {
    DRAFT, SUBMITTED, CONFIRMED, PARTIALLY_SHIPPED, SHIPPED, INVOICED, PARTIALLY_PAID, PAID, CANCELLED;

    private static final Set<OrderStatus> TURNOVER = EnumSet.of(CONFIRMED, PARTIALLY_SHIPPED, SHIPPED, INVOICED,
            PARTIALLY_PAID, PAID);

    /** Confirmed and not cancelled: the order counts as a sale (it is on the month index the ABC analysis reads). */
    public boolean isSale() {
        return TURNOVER.contains(this);
    }

    /** The statuses an order may move to from this one. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, CANCELLED);
            case SUBMITTED -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(PARTIALLY_SHIPPED, SHIPPED, CANCELLED);
            case PARTIALLY_SHIPPED -> EnumSet.of(PARTIALLY_SHIPPED, SHIPPED);
            case SHIPPED -> EnumSet.of(INVOICED);
            case INVOICED -> EnumSet.of(PARTIALLY_PAID, PAID);
            case PARTIALLY_PAID -> EnumSet.of(PARTIALLY_PAID, PAID);
            case PAID, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }
}
