package dev.fieldcrm.core.notify;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.util.Optional;

/**
 * The tenant's suppression list, honoured by every send. Addresses are normalised on the way in and on lookup
 * ({@link SuppressedAddresses}), so {@code Anna@Example.com } and {@code anna@example.com} are the same entry.
 * Fed by SES bounces and complaints, unsubscribe links and admins.
 */
public interface Suppressions {
    /**
     * Puts the address on the list; an address already there keeps its first entry (idempotent).
     *
     * @return the stored entry
     * @throws dev.fieldcrm.core.shared.ValidationFailed when the address is neither an email, a phone nor an endpoint
     */
    Suppression suppress(String tenantId, String address, SuppressionReason reason, String source);

    /** The entry for this address, if it is suppressed. */
    Optional<Suppression> isSuppressed(String tenantId, String address);

    /** The tenant's entries, by address. */
    Page<Suppression> list(String tenantId, PageRequest page);

    /** Takes the address off the list; false when it was not on it. */
    boolean remove(String tenantId, String address);
}
