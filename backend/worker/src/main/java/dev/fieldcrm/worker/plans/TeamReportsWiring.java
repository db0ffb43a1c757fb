package dev.fieldcrm.worker.plans;

import dev.fieldcrm.core.dynamo.PlanServices;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.reports.TeamReportsRepair;
import dev.fieldcrm.worker.config.WorkerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** The team reports in the worker: the listener keeping each rep's receivables tally current, and its repair job. */
@ApplicationScoped
public class TeamReportsWiring {

    @Produces @Singleton PlanServices planServices(DynamoDbClient dynamo, WorkerConfig config, Clock clock) {
        return PlanServices.onDynamo(dynamo, config.table(), clock);
    }

    @Produces @Singleton ChangeListener receivablesChanges(PlanServices services) {
        return services.receivablesChanges();
    }

    /** On demand ({@value TeamReportsRepair#NAME}): backfills and repairs receivables tallies and ABC counts. */
    @Produces @Singleton TeamReportsRepair teamReportsRepair(PlanServices services) {
        return services.repair();
    }
}
