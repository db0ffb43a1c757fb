package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.abc.AbcOwnerCounts;
import dev.fieldcrm.core.abc.AbcResult;
import dev.fieldcrm.core.abc.AbcRun;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of the ABC analysis: a client's result is a card item (the card Query shows it), the runs are a partition of
 * the tenant ({@code RUN#<ULID>} sorts by time, so the latest run is read first).
 */
final class AbcKeys {
    static final String CARD_ABC = Keys.CARD_PREFIX + "ABC";
    static final String RUN_PREFIX = "RUN#";

    private AbcKeys() {
    }

    static String runs(String tenantId) {
        return Keys.tenant(tenantId) + "ABC";
    }

    static Map<String, AttributeValue> of(String tenantId, AbcResult result) {
        return Keys.key(Keys.client(tenantId, result.clientId()), CARD_ABC);
    }

    /** A run's counts per owner: {@code T#t#ABC#<runId>} / {@code <team>#<owner>} (a team is one begins_with Query). */
    static String ownerCounts(String tenantId, String runId) {
        return runs(tenantId) + "#" + runId;
    }

    static Map<String, AttributeValue> of(String tenantId, AbcOwnerCounts counts) {
        return Keys.key(ownerCounts(tenantId, counts.runId()), counts.teamId() + "#" + counts.ownerId());
    }

    static Map<String, AttributeValue> of(String tenantId, AbcRun run) {
        return Keys.key(runs(tenantId), RUN_PREFIX + run.id());
    }
}
