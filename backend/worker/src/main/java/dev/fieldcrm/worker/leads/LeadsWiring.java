package dev.fieldcrm.worker.leads;

import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.InboundServices;
import dev.fieldcrm.core.dynamo.LeadServices;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.informing.PublicLinks;
import dev.fieldcrm.core.leads.ConsentLinks;
import dev.fieldcrm.core.leads.InboundProcessing;
import dev.fieldcrm.core.leads.IntakeTerms;
import dev.fieldcrm.core.leads.LeadAssigner;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.reminders.Notifications;
import dev.fieldcrm.worker.config.WorkerConfig;
import dev.fieldcrm.worker.informing.InformingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Lead capture in the worker: the stream listener that processes each inbound request the public endpoints store,
 * with the tenant's lead settings (phone region, lead or client mode, SLA) and the assignment engine.
 */
@ApplicationScoped
public class LeadsWiring {

    @Produces @Singleton LeadServices leadServices(DynamoDbClient dynamo, WorkerConfig config, Clock clock) {
        return LeadServices.onDynamo(dynamo, config.table(), clock);
    }

    /** One GetItem of the tenant's lead settings per processed request (defaults when none are stored). */
    @Produces @Singleton IntakeTerms.Source intakeTerms(LeadServices leads) {
        return tenantId -> IntakeTerms.of(leads.settings().get(tenantId));
    }

    @Produces @Singleton LeadAssigner leadAssigner(LeadServices leads) {
        return leads.assigner();
    }

    /** Emails the double opt-in link of each confirmation processing stores (signed like the other public links). */
    @Produces @Singleton ChangeListener consentMails(DynamoDbClient dynamo, WorkerConfig config, PublicLinks links,
                                                     InformingConfig notify, Postman postman, Clock clock) {
        return InboundServices.consentMails(dynamo, config.table(), postman,
                new ConsentLinks(links.signer(), notify.confirmUrl()), clock);
    }

    @Produces @Singleton InboundProcessing inboundProcessing(DynamoDbClient dynamo, WorkerConfig config, CoreServices core,
                                                            IntakeTerms.Source terms, LeadAssigner assigner,
                                                            Notifications notifications, Clock clock) {
        return InboundServices.processing(dynamo, config.table(), core, terms, assigner, notifications, clock);
    }
}
