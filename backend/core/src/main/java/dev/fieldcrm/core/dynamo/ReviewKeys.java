package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.hygiene.review.NextReview;
import dev.fieldcrm.core.hygiene.review.ReviewRecord;
import dev.fieldcrm.core.hygiene.review.ReviewRound;
import dev.fieldcrm.core.hygiene.review.ReviewRow;
import dev.fieldcrm.core.hygiene.review.ReviewTally;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of review rounds (see docs/data-model.md, "Review rounds"). A round is one partition
 * {@code T#t#REVIEW#<roundId>}: its header {@code ROUND}, its rows {@code ROW#<rule>#<deal>} and its reps' tallies
 * {@code REP#<owner>}. Rows project to the owner index (GSI3) and team index (GSI4) sorted {@code <round>#<rule>#<deal>}
 * (a rep's or a team's rows of a round: one begins_with), and, while open, to GSI2 under their (rule, deal) pair so the
 * offence's withdrawal finds them with one Query. Tallies project to GSI3 under the rep's history, sorted by round;
 * headers to GSI2 {@code T#t#REVIEWS}, sorted by round id (= creation time).
 */
public final class ReviewKeys {
    /** The due-index kind of a tenant's next scheduled round. */
    public static final String DUE_KIND = "hygiene-review";
    static final String NEXT_SK = "HYGIENE#NEXTROUND";
    static final String ROUND_SK = "ROUND";
    static final String ROW_PREFIX = "ROW#";
    static final String REP_PREFIX = "REP#";

    private ReviewKeys() {
    }

    static String round(String tenantId, String roundId) {
        return Keys.tenant(tenantId) + "REVIEW#" + roundId;
    }

    static String rounds(String tenantId) {
        return Keys.tenant(tenantId) + "REVIEWS";
    }

    static String rowSk(String ruleId, String dealId) {
        return ROW_PREFIX + ruleId + "#" + dealId;
    }

    static String rowsByOwner(String tenantId, String ownerId) {
        return Keys.tenant(tenantId) + "REVIEW#OWNER#" + ownerId;
    }

    static String rowsByTeam(String tenantId, String teamId) {
        return Keys.tenant(tenantId) + "REVIEW#TEAM#" + teamId;
    }

    static String watching(String tenantId, String ruleId, String dealId) {
        return Keys.tenant(tenantId) + "REVIEWROW#" + ruleId + "#" + dealId;
    }

    static String history(String tenantId, String ownerId) {
        return Keys.tenant(tenantId) + "REVIEWHISTORY#" + ownerId;
    }

    static Map<String, AttributeValue> of(String tenantId, ReviewRecord record) {
        return switch (record) {
            case NextReview n -> {
                Map<String, AttributeValue> k = Keys.key(Keys.settings(tenantId), NEXT_SK);
                DueIndex.put(k, DUE_KIND, n.at(), tenantId, "review");
                yield k;
            }
            case ReviewRound r -> {
                Map<String, AttributeValue> k = Keys.key(round(tenantId, r.id()), ROUND_SK);
                Keys.index(k, TableDesign.JOURNAL_INDEX, rounds(tenantId), r.id());
                yield k;
            }
            case ReviewRow r -> {
                Map<String, AttributeValue> k = Keys.key(round(tenantId, r.roundId()), rowSk(r.ruleId(), r.dealId()));
                String sort = r.roundId() + "#" + r.ruleId() + "#" + r.dealId();
                Keys.index(k, TableDesign.OWNER_INDEX, rowsByOwner(tenantId, r.ownerId()), sort);
                Keys.index(k, TableDesign.TEAM_INDEX, rowsByTeam(tenantId, r.teamId()), sort);
                if (r.open()) {
                    // Sparse: only rows an offence's withdrawal can still fix.
                    Keys.index(k, TableDesign.JOURNAL_INDEX, watching(tenantId, r.ruleId(), r.dealId()), r.roundId());
                }
                yield k;
            }
            case ReviewTally t -> tally(tenantId, t.key());
            case ReviewTally.Key t -> tally(tenantId, t);
        };
    }

    private static Map<String, AttributeValue> tally(String tenantId, ReviewTally.Key t) {
        Map<String, AttributeValue> k = Keys.key(round(tenantId, t.roundId()), REP_PREFIX + t.ownerId());
        Keys.index(k, TableDesign.OWNER_INDEX, history(tenantId, t.ownerId()), t.roundId());
        return k;
    }
}
