package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.plans.Plan;
import dev.fieldcrm.core.plans.PlanChange;
import dev.fieldcrm.core.plans.PlanRecord;
import dev.fieldcrm.core.shared.Stamp;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.YearMonth;
import java.util.Map;

/**
 * Keys of sales plans: one partition per month ({@code T#t#PLAN#<yyyy-MM>}), one item per {@code <team>#<rep>}, the
 * layout of the analytics aggregates, so a team's plans and its facts of a month are two Queries of the same shape.
 * Each change of a plan is logged in the month's plan log ({@code T#t#PLANLOG#<yyyy-MM>}) under the same
 * {@code <team>#<rep>} prefix, so the team's changes are one Query too.
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

    /** The month's plan log: one partition, sorted {@code <team>#<rep>#<at>#<id>} (a team's or a rep's: begins_with). */
    static String log(String tenantId, YearMonth month) {
        return Keys.tenant(tenantId) + "PLANLOG#" + month;
    }

    /** The begins_with of a team's log entries (with {@code ownerId}: one rep's), null for the whole month. */
    static String logPrefix(String teamId, String ownerId) {
        if (teamId == null) {
            return null;
        }
        return ownerId == null ? teamId + "#" : sk(teamId, ownerId) + "#";
    }

    static Map<String, AttributeValue> of(String tenantId, PlanRecord record) {
        return switch (record) {
            case Plan p -> Keys.key(month(tenantId, p.month()), sk(p.teamId(), p.ownerId()));
            case PlanChange c -> Keys.key(log(tenantId, c.month()),
                    sk(c.teamId(), c.ownerId()) + "#" + Stamp.sortable(c.at()) + "#" + c.id());
        };
    }
}
