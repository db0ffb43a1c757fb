package dev.fieldcrm.worker.informing;

import dev.fieldcrm.adapters.links.LinkSettings;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.InformingServices;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.events.ScheduledJob;
import dev.fieldcrm.core.informing.PublicLinks;
import dev.fieldcrm.core.informing.Throttle;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.worker.config.WorkerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Informing clients in the worker: the mailing job (schedule, kind {@code mailing}) and the survey invitation
 * sender (stream), both sending through the Postman.
 */
@ApplicationScoped
public class InformingWiring {

    @Produces @Singleton PublicLinks publicLinks(InformingConfig config) {
        return LinkSettings.publicLinks(config);
    }

    @Produces @Singleton InformingServices.Worker informing(CoreServices core, DynamoDbClient dynamo, WorkerConfig worker,
                                                            InformingConfig config, PublicLinks links, Postman postman) {
        int messagesPerRun = (int) Math.max(1, Math.floor(config.mailingRatePerSecond() * config.mailingSecondsPerRun()));
        return InformingServices.worker(core, dynamo, worker.table(), links, postman,
                Throttle.perSecond(config.mailingRatePerSecond()), messagesPerRun, config.mailingClientsPerBatch());
    }

    /** Sends due mailings in throttled batches. */
    @Produces @Singleton ScheduledJob mailings(InformingServices.Worker informing) {
        return informing.mailingJob();
    }

    /** Sends each new survey invitation's signed link. */
    @Produces @Singleton ChangeListener surveyInvitations(InformingServices.Worker informing) {
        return informing.surveyInvitations();
    }

    /** Moves retried mailing messages from "retrying" to their final count once the Postman is done with them. */
    @Produces @Singleton ChangeListener mailingOutcomes(InformingServices.Worker informing) {
        return informing.mailingOutcomes();
    }
}
