package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.informing.SurveyAnswer;
import dev.fieldcrm.core.informing.SurveyInvitation;
import dev.fieldcrm.core.informing.SurveyQueries;
import dev.fieldcrm.core.informing.SurveySettings;
import dev.fieldcrm.core.informing.SurveySummary;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Stamp;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Surveys in DynamoDB; the calls of each method are in its Javadoc and in docs/data-model.md. */
public final class DynamoSurveyQueries implements SurveyQueries {
    private final DynamoDbClient dynamo;
    private final String table;
    private final PagedQuery query;

    public DynamoSurveyQueries(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.query = new PagedQuery(dynamo, table);
    }

    /** GetItem {@code SETTINGS / SURVEY}. */
    @Override
    public Optional<SurveySettings> settings(String tenantId) {
        return get(Keys.key(Keys.settings(tenantId), InformingKeys.SURVEY_SETTINGS), false, SurveySettings.class);
    }

    /** GetItem (consistent) {@code CLIENT#c / SURVEY#INV#id}. */
    @Override
    public Optional<SurveyInvitation> invitation(String tenantId, String clientId, String invitationId) {
        return get(Keys.key(Keys.client(tenantId, clientId), InformingKeys.INVITATION_PREFIX + invitationId), true,
                SurveyInvitation.class);
    }

    /** GetItem (consistent) {@code CLIENT#c / CARD#SURVEY}. */
    @Override
    public Optional<SurveySummary> summary(String tenantId, String clientId) {
        return get(Keys.key(Keys.client(tenantId, clientId), InformingKeys.CARD_SURVEY), true, SurveySummary.class);
    }

    /** Query GSI2 {@code SURVEYS#TEAM#team}, sort key between from and to (every page, up to {@code max}). */
    @Override
    public List<SurveyAnswer> byTeam(String tenantId, String teamId, Instant from, Instant to, int max) {
        return inPeriod(TableDesign.JOURNAL_INDEX, InformingKeys.answersByTeam(tenantId, teamId), from, to, max);
    }

    /** Query GSI3 {@code SURVEYS}, sort key between from and to (every page, up to {@code max}). */
    @Override
    public List<SurveyAnswer> byTenant(String tenantId, Instant from, Instant to, int max) {
        return inPeriod(TableDesign.OWNER_INDEX, InformingKeys.answersOfTenant(tenantId), from, to, max);
    }

    private List<SurveyAnswer> inPeriod(String index, String partition, Instant from, Instant to, int max) {
        // [from, to): "#" sorts after nothing we need; the high bound is the instant just before "to".
        var sort = PagedQuery.SortCondition.between(Stamp.sortable(from), Stamp.sortable(to.minusSeconds(1)) + "#\uffff");
        List<SurveyAnswer> answers = new ArrayList<>();
        String cursor = null;
        do {
            Page<SurveyAnswer> page = query.page(index, partition, sort, false,
                    new PageRequest(PageRequest.MAX_LIMIT, cursor), SurveyAnswer.class);
            answers.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null && answers.size() < max);
        return answers.size() > max ? answers.subList(0, max) : answers;
    }

    private <T> Optional<T> get(Map<String, AttributeValue> key, boolean consistent, Class<T> type) {
        var response = dynamo.getItem(g -> g.tableName(table).key(key).consistentRead(consistent));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), type)) : Optional.empty();
    }
}
