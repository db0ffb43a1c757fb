package dev.fieldcrm.core.integrations;

import java.util.List;
import java.util.Optional;

/** Reads of inbound integrations (writes go through the {@link dev.fieldcrm.core.store.ChangeWriter}). */
public interface IntegrationStore {
    /** Every integration of the tenant (at most {@link IntegrationService#MAX_INTEGRATIONS}): one Query. */
    List<Integration> integrations(String tenantId);

    Optional<Integration> integration(String tenantId, String integrationId);

    /** The public endpoint's one read: the key item, with its tenant and integration. */
    Optional<IntegrationKey> byKey(String key);
}
