package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.reports.ReceivablesShare;
import dev.fieldcrm.core.reports.ReceivablesTally;
import dev.fieldcrm.core.reports.ReportRecord;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of the team reports (see docs/data-model.md, "Plans vs fact and team summaries"). Current receivables tallies
 * sit beside the monthly aggregates ({@code T#t#AGG#CURRENT} / {@code <team>#<owner>}: a team is one begins_with
 * Query); a client's share of them in its own partition outside the card ({@code RECVSHARE}).
 */
final class ReportKeys {
    static final String SHARE = "RECVSHARE";

    private ReportKeys() {
    }

    static String receivables(String tenantId) {
        return Keys.tenant(tenantId) + "AGG#CURRENT";
    }

    static String ownerSk(String teamId, String ownerId) {
        return teamId + "#" + ownerId;
    }

    static Map<String, AttributeValue> of(String tenantId, ReportRecord record) {
        return switch (record) {
            case ReceivablesTally t -> Keys.key(receivables(tenantId), ownerSk(t.teamId(), t.ownerId()));
            case ReceivablesShare s -> Keys.key(Keys.client(tenantId, s.clientId()), SHARE);
        };
    }
}
