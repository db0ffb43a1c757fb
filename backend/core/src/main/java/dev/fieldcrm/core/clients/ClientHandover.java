package dev.fieldcrm.core.clients;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.store.ChangeSet;

import java.time.Instant;

/**
 * What other features must change when a client changes hands, written in the handover's own transaction (so a
 * handover never leaves, e.g., a deal's one-owner flag telling the old story). Implemented by the deals feature;
 * the clients feature only knows this port.
 */
@FunctionalInterface
public interface ClientHandover {
    /** Nothing else follows the client (the clients feature on its own). */
    ClientHandover NONE = (caller, card, after, now, changes) -> {
    };

    /**
     * Adds to {@code changes} what must follow the handover.
     *
     * @param card  the client's card as read before the handover (its open deals included)
     * @param after the client with its new owner
     */
    void follow(Caller caller, ClientCard card, Client after, Instant now, ChangeSet changes);
}
