package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.plans.Plan;
import dev.fieldcrm.core.plans.PlanRecord;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.YearMonth;
import java.util.Map;

/**
 * Keys of sales plans: one partition per month ({@code T#t#PLAN#<yyyy-MM>}), one item per {@code <team>#<rep>}, the
 * layout of the analytics aggregates, so a team's plans and its facts of a month are two Queries of the same shape.
 */
final class PlanKeys {
    private PlanKeys() {
    }

    static String month(String tenantId, YearMonth month) {
        return Keys.tenant(tenantId) + "PLAN#" + month;
    }

    static String sk(String teamId, String ownerId) {
        return teamId + "#" + ownerId;
    }

    static Map<String, AttributeValue> of(String tenantId, PlanRecord record) {
        return switch (record) {
            case Plan p -> Keys.key(month(tenantId, p.month()), sk(p.teamId(), p.ownerId()));
        };
    }
}
