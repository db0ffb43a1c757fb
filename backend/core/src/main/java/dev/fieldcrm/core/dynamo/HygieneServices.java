package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.hygiene.HygieneChanges;
import dev.fieldcrm.core.hygiene.HygieneEvaluator;
import dev.fieldcrm.core.hygiene.HygieneParameters;
import dev.fieldcrm.core.hygiene.HygieneStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Data hygiene on DynamoDB: the stored offences and the evaluator that keeps them current.
 *
 * @param store     offences, per-deal summaries and tallies
 * @param evaluator re-evaluates a deal or a client's deals
 * @param changes   the stream listener driving the evaluator
 */
public record HygieneServices(HygieneStore store, HygieneEvaluator evaluator, HygieneChanges changes) {

    /** Rules are evaluated with {@link HygieneParameters#defaults()} until tenants can store their own settings. */
    public static HygieneServices onDynamo(DynamoDbClient dynamo, String table, Clock clock) {
        var store = new DynamoHygieneStore(dynamo, table);
        var evaluator = new HygieneEvaluator(new DynamoDealQueries(dynamo, table), new DynamoSettingsQueries(dynamo, table),
                new DynamoClientQueries(dynamo, table), store, new DynamoChangeWriter(dynamo, table),
                tenantId -> HygieneParameters.defaults(), clock);
        return new HygieneServices(store, evaluator, new HygieneChanges(evaluator));
    }
}
