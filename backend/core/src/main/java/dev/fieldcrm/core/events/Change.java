package dev.fieldcrm.core.events;

import java.util.Optional;

/**
 * One change of a stored record, as the table's stream reports it: the record before and after (either may be
 * absent: an insert has no {@code before}, a removal no {@code after}).
 *
 * @param tenantId the tenant whose partition changed (taken from the item's key, never from its contents)
 * @param eventId  the stream's id of this change: stable under redelivery, so listeners can derive idempotency keys
 * @param before   the record before the change, or null
 * @param after    the record after the change, or null
 */
public record Change(String tenantId, String eventId, Object before, Object after) {

    public boolean isInsert() {
        return before == null && after != null;
    }

    public boolean isRemoval() {
        return before != null && after == null;
    }

    /** The record after the change, if it is of the given type. */
    public <T> Optional<T> after(Class<T> type) {
        return type.isInstance(after) ? Optional.of(type.cast(after)) : Optional.empty();
    }

    /** The record before the change, if it is of the given type. */
    public <T> Optional<T> before(Class<T> type) {
        return type.isInstance(before) ? Optional.of(type.cast(before)) : Optional.empty();
    }

    /** Whether the record of this change (before or after) is of the given type. */
    public boolean concerns(Class<?> type) {
        return type.isInstance(after) || type.isInstance(before);
    }
}
