package dev.fieldcrm.api.hygiene;

import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.dynamo.HygieneServices;
import dev.fieldcrm.core.hygiene.HygieneReport;
import dev.fieldcrm.core.hygiene.HygieneSettingsService;
import dev.fieldcrm.core.hygiene.review.ReviewHistory;
import dev.fieldcrm.core.hygiene.review.ReviewRounds;
import dev.fieldcrm.core.hygiene.review.ReviewRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Data hygiene in the API: offenders, counts, rules, settings and review rounds (the worker keeps the offences current). */
@ApplicationScoped
public class HygieneWiring {

    @Produces @Singleton HygieneServices hygiene(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        return HygieneServices.onDynamo(dynamo, config.table(), clock);
    }

    @Produces @Singleton HygieneReport hygieneReport(HygieneServices hygiene) {
        return hygiene.report();
    }

    @Produces @Singleton HygieneSettingsService hygieneSettings(HygieneServices hygiene) {
        return hygiene.settings();
    }

    @Produces @Singleton ReviewRounds reviewRounds(HygieneServices hygiene) {
        return hygiene.rounds();
    }

    @Produces @Singleton ReviewRows reviewRows(HygieneServices hygiene) {
        return hygiene.rows();
    }

    @Produces @Singleton ReviewHistory reviewHistory(HygieneServices hygiene) {
        return hygiene.history();
    }
}
