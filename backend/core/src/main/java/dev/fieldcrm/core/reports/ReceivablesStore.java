package dev.fieldcrm.core.reports;

import dev.fieldcrm.core.orders.Receivables;

import java.util.List;
import java.util.Optional;

/** Receivables shares and tallies. */
public interface ReceivablesStore {
    /**
     * A client's owner, receivables and share, read together (one consistent read: the diff must see the latest).
     *
     * @param ownerId null when the client is gone
     */
    record ClientState(String ownerId, String teamId, Receivables receivables, ReceivablesShare share) {
    }

    ClientState client(String tenantId, String clientId);

    /** The tallies of one team ({@code teamId}) or, null, of the whole tenant. */
    List<ReceivablesTally.Counters> team(String tenantId, String teamId);

    Optional<ReceivablesTally.Counters> owner(String tenantId, String teamId, String ownerId);
}
