package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.hygiene.DealHygiene;
import dev.fieldcrm.core.hygiene.HygieneRecord;
import dev.fieldcrm.core.hygiene.HygieneSettings;
import dev.fieldcrm.core.hygiene.Offence;
import dev.fieldcrm.core.hygiene.OffenceTally;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of data hygiene (see docs/data-model.md, "Data hygiene"). An offence lives in its rule's partition sorted by
 * owner ({@code T#t#HYGIENE#<rule>} / {@code <owner>#<deal>}: a rule's offenders of one rep are one begins_with), and
 * projects into the owner index (GSI3) and team index (GSI4) sorted by rule id (so {@code S1-} narrows to severity 1).
 * A deal's summary sits in the deal's partition; tallies share one partition, one item per team and owner.
 */
public final class HygieneKeys {
    static final String SUMMARY = "HYGIENE";
    static final String SETTINGS_SK = "HYGIENE";
    /** The due-index kind of a deal summary waiting for its next time boundary. */
    public static final String DUE_KIND = "hygiene";

    private HygieneKeys() {
    }

    /** The tenant's hygiene settings, beside the other settings (sorts before {@code PIPELINE#}: the sales settings' Query never reads it). */
    static Map<String, AttributeValue> settings(String tenantId) {
        return Keys.key(Keys.settings(tenantId), SETTINGS_SK);
    }

    static String rule(String tenantId, String ruleId) {
        return Keys.tenant(tenantId) + "HYGIENE#" + ruleId;
    }

    static String ruleSk(String ownerId, String dealId) {
        return ownerId + "#" + dealId;
    }

    static String byOwner(String tenantId, String ownerId) {
        return Keys.tenant(tenantId) + "HYGIENE#OWNER#" + ownerId;
    }

    static String byTeam(String tenantId, String teamId) {
        return Keys.tenant(tenantId) + "HYGIENE#TEAM#" + teamId;
    }

    static String tallies(String tenantId) {
        return Keys.tenant(tenantId) + "HYGIENETALLY";
    }

    static String tallySk(String teamId, String ownerId) {
        return teamId + "#" + ownerId;
    }

    static Map<String, AttributeValue> of(String tenantId, HygieneRecord record) {
        return switch (record) {
            case Offence o -> {
                Map<String, AttributeValue> k = Keys.key(rule(tenantId, o.ruleId()), ruleSk(o.deal().ownerId(), o.deal().dealId()));
                String byRule = o.ruleId() + "#" + o.deal().dealId();
                Keys.index(k, TableDesign.OWNER_INDEX, byOwner(tenantId, o.deal().ownerId()), byRule);
                Keys.index(k, TableDesign.TEAM_INDEX, byTeam(tenantId, o.deal().teamId()), byRule);
                yield k;
            }
            case DealHygiene s -> {
                Map<String, AttributeValue> k = Keys.key(DealKeys.deal(tenantId, s.dealId()), SUMMARY);
                if (s.nextCheck() != null) {
                    DueIndex.put(k, DUE_KIND, s.nextCheck(), tenantId, s.dealId());
                }
                yield k;
            }
            case OffenceTally.Key t -> Keys.key(tallies(tenantId), tallySk(t.teamId(), t.ownerId()));
            case HygieneSettings s -> settings(tenantId);
        };
    }
}
