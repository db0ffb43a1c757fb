package dev.fieldcrm.core.abc;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the ABC counts' repair reads: a run's stored counts per owner and the clients' results on their cards. */
public interface AbcCountsStore {
    /** A run's counts, every owner (one Query, every page). */
    List<AbcOwnerCounts> owners(String tenantId, String runId);

    /** The clients' results (BatchGetItem, 100 keys a call); a client without one is left out. */
    Map<String, AbcResult> results(String tenantId, Collection<String> clientIds);
}
