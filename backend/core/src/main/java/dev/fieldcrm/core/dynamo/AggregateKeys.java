package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.analytics.AggregateKey;
import dev.fieldcrm.core.analytics.AggregateMarker;
import dev.fieldcrm.core.analytics.AnalyticsRecord;
import dev.fieldcrm.core.analytics.ReconciliationReport;
import dev.fieldcrm.core.analytics.ReconciliationSchedule;
import dev.fieldcrm.core.shared.Stamp;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of analytics (see docs/data-model.md, "Analytics"). A month's aggregates share one partition, one item per
 * owner sorted by team ({@code T#t#AGG#<yyyy-MM>} / {@code <team>#<owner>}): a team's month is one begins_with Query,
 * a rep's one GetItem. A marker per stream event and family is its own small item with a TTL; reconciliation reports
 * of a month share a partition sorted by run time; a tenant's reconciliation schedule ({@code T#t#AGGPLAN} / {@code PLAN})
 * sits on the due index.
 */
public final class AggregateKeys {
    static final String MARK = "MARK";
    /** The due-index kind of a tenant's reconciliation schedule. */
    public static final String DUE_KIND = "agg-recon";

    private AggregateKeys() {
    }

    static String month(String tenantId, String month) {
        return Keys.tenant(tenantId) + "AGG#" + month;
    }

    static String ownerSk(String teamId, String ownerId) {
        return teamId + "#" + ownerId;
    }

    static String marker(String tenantId, String eventId, String family) {
        return Keys.tenant(tenantId) + "AGGMARK#" + eventId + "#" + family;
    }

    static String reports(String tenantId, String month) {
        return Keys.tenant(tenantId) + "AGGRECON#" + month;
    }

    static Map<String, AttributeValue> of(String tenantId, AnalyticsRecord record) {
        return switch (record) {
            case AggregateKey k -> Keys.key(month(tenantId, k.month()), ownerSk(k.teamId(), k.ownerId()));
            case AggregateMarker m -> Keys.key(marker(tenantId, m.eventId(), m.family()), MARK);
            case ReconciliationReport r -> Keys.key(reports(tenantId, r.month()), Stamp.sortable(r.runAt()));
            case ReconciliationSchedule s -> {
                Map<String, AttributeValue> k = Keys.key(Keys.tenant(tenantId) + "AGGPLAN", "PLAN");
                DueIndex.put(k, DUE_KIND, s.nextRun(), tenantId, "agg-recon");
                yield k;
            }
        };
    }
}
