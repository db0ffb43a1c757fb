package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.hygiene.review.ReviewRound;
import dev.fieldcrm.core.hygiene.review.ReviewRow;
import dev.fieldcrm.core.hygiene.review.ReviewStore;
import dev.fieldcrm.core.hygiene.review.ReviewTally;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Review rounds, their rows and tallies (keys in {@link ReviewKeys}). */
public final class DynamoReviewStore implements ReviewStore {
    private static final int WATCHING_LIMIT = 100;

    private final DynamoDbClient dynamo;
    private final String table;
    private final PagedQuery query;

    public DynamoReviewStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
    }

    /** GetItem PK = round, SK = ROUND (consistent). */
    @Override
    public Optional<ReviewRound> round(String tenantId, String roundId) {
        return get(Keys.key(ReviewKeys.round(tenantId, roundId), ReviewKeys.ROUND_SK), ReviewRound.class);
    }

    /** Query GSI2 = T#t#REVIEWS, newest first. */
    @Override
    public List<ReviewRound> latest(String tenantId, int limit) {
        return query.page(TableDesign.JOURNAL_INDEX, ReviewKeys.rounds(tenantId), PagedQuery.SortCondition.none(), true,
                PageRequest.first(limit), ReviewRound.class).items();
    }

    /** GetItem PK = round, SK = ROW#rule#deal (consistent). */
    @Override
    public Optional<ReviewRow> row(String tenantId, String roundId, String ruleId, String dealId) {
        return get(Keys.key(ReviewKeys.round(tenantId, roundId), ReviewKeys.rowSk(ruleId, dealId)), ReviewRow.class);
    }

    /** Query GSI3 (owner) or GSI4 (team) begins_with round#, or PK = round begins_with ROW#. */
    @Override
    public Page<ReviewRow> rows(String tenantId, String roundId, String ownerId, String teamId, PageRequest page) {
        if (ownerId != null) {
            return query.page(TableDesign.OWNER_INDEX, ReviewKeys.rowsByOwner(tenantId, ownerId),
                    PagedQuery.SortCondition.beginsWith(roundId + "#"), false, page, ReviewRow.class);
        }
        if (teamId != null) {
            return query.page(TableDesign.TEAM_INDEX, ReviewKeys.rowsByTeam(tenantId, teamId),
                    PagedQuery.SortCondition.beginsWith(roundId + "#"), false, page, ReviewRow.class);
        }
        return query.page(null, ReviewKeys.round(tenantId, roundId), PagedQuery.SortCondition.beginsWith(ReviewKeys.ROW_PREFIX),
                false, page, ReviewRow.class);
    }

    /** Query GSI2 = T#t#REVIEWROW#rule#deal (only open rows are on it). */
    @Override
    public List<ReviewRow> watching(String tenantId, String ruleId, String dealId) {
        return query.page(TableDesign.JOURNAL_INDEX, ReviewKeys.watching(tenantId, ruleId, dealId),
                PagedQuery.SortCondition.none(), false, PageRequest.first(WATCHING_LIMIT), ReviewRow.class).items();
    }

    /** Query PK = round, begins_with(SK, REP#), following pages. */
    @Override
    public List<ReviewTally> tallies(String tenantId, String roundId) {
        return PrefixQuery.all(dynamo, table, ReviewKeys.round(tenantId, roundId), ReviewKeys.REP_PREFIX).stream()
                .map(item -> ItemCodec.decode(item, ReviewTally.class)).toList();
    }

    /** Query GSI3 = T#t#REVIEWHISTORY#owner, newest round first. */
    @Override
    public List<ReviewTally> history(String tenantId, String ownerId, int limit) {
        return query.page(TableDesign.OWNER_INDEX, ReviewKeys.history(tenantId, ownerId), PagedQuery.SortCondition.none(),
                true, PageRequest.first(limit), ReviewTally.class).items();
    }

    /** BatchWriteItem, 25 items a call ({@link BatchWrites}: what comes back unprocessed is sent again, with a pause). */
    @Override
    public void writeSnapshot(String tenantId, Collection<ReviewRow> rows, Collection<ReviewTally> tallies) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (ReviewRow row : rows) {
            items.add(ItemCodec.encode(row, ReviewKeys.of(tenantId, row)));
        }
        for (ReviewTally tally : tallies) {
            items.add(ItemCodec.encode(tally, ReviewKeys.of(tenantId, tally)));
        }
        BatchWrites.put(dynamo, table, items);
    }

    private <T> Optional<T> get(Map<String, AttributeValue> key, Class<T> type) {
        var response = dynamo.getItem(g -> g.tableName(table).consistentRead(true).key(key));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), type)) : Optional.empty();
    }
}
