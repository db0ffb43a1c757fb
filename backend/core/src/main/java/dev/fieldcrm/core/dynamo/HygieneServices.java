package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.hygiene.HygieneBackfill;
import dev.fieldcrm.core.hygiene.HygieneChanges;
import dev.fieldcrm.core.hygiene.HygieneEvaluator;
import dev.fieldcrm.core.hygiene.HygieneReport;
import dev.fieldcrm.core.hygiene.HygieneSettingsQueries;
import dev.fieldcrm.core.hygiene.HygieneSettingsService;
import dev.fieldcrm.core.hygiene.HygieneStore;
import dev.fieldcrm.core.hygiene.review.ReviewFixes;
import dev.fieldcrm.core.hygiene.review.ReviewHandover;
import dev.fieldcrm.core.hygiene.review.ReviewHistory;
import dev.fieldcrm.core.hygiene.review.ReviewRounds;
import dev.fieldcrm.core.hygiene.review.ReviewRows;
import dev.fieldcrm.core.hygiene.review.ReviewStore;
import dev.fieldcrm.core.users.TeamScope;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Data hygiene on DynamoDB: the stored offences and the evaluator that keeps them current, the tenant's settings, and
 * the review rounds.
 *
 * @param store        offences, per-deal summaries and tallies
 * @param evaluator    re-evaluates a deal or a client's deals (with the tenant's stored parameters)
 * @param changes      the stream listener driving the evaluator
 * @param report       offenders, counts and rules as a caller may see them
 * @param backfill     evaluates every deal of a tenant once (an operator's on-demand job)
 * @param settings     the tenant's hygiene settings (read, admin's change)
 * @param reviews      the rounds' rows, tallies and headers
 * @param rounds       creates rounds (schedule, on demand)
 * @param rows         the row workflow (mark, decide, fixed automatically)
 * @param history      rounds, reps' numbers, exports' content
 * @param fixes        the stream listener moving rows to FIXED when an offence is withdrawn
 * @param handover     the stream listener moving a deal's open rows to its new owner
 */
public record HygieneServices(HygieneStore store, HygieneEvaluator evaluator, HygieneChanges changes,
                              HygieneReport report, HygieneBackfill backfill, HygieneSettingsService settings,
                              ReviewStore reviews, ReviewRounds rounds, ReviewRows rows, ReviewHistory history,
                              ReviewFixes fixes, ReviewHandover handover) {

    public static HygieneServices onDynamo(DynamoDbClient dynamo, String table, Clock clock) {
        var store = new DynamoHygieneStore(dynamo, table);
        HygieneSettingsQueries tenantSettings = new DynamoHygieneSettingsQueries(dynamo, table);
        HygieneEvaluator.ParameterSource parameters = tenantId -> tenantSettings.get(tenantId).parameters();
        var deals = new DynamoDealQueries(dynamo, table);
        var users = new DynamoUserStore(dynamo, table);
        var writer = new DynamoChangeWriter(dynamo, table);
        var evaluator = new HygieneEvaluator(deals, new DynamoSettingsQueries(dynamo, table),
                new DynamoClientQueries(dynamo, table), store, writer, parameters, clock);
        var team = new TeamScope(users);
        var report = new HygieneReport(store, team, parameters);
        var reviews = new DynamoReviewStore(dynamo, table);
        var rows = new ReviewRows(reviews, writer, clock);
        return new HygieneServices(store, evaluator, new HygieneChanges(evaluator), report,
                new HygieneBackfill(users, deals, evaluator), new HygieneSettingsService(tenantSettings, users, writer, clock),
                reviews, new ReviewRounds(store, reviews, tenantSettings, writer, clock), rows,
                new ReviewHistory(reviews, team), new ReviewFixes(rows, store), new ReviewHandover(rows, deals, store));
    }
}
