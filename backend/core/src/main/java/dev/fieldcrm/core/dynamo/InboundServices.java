package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.informing.LinkSigner;
import dev.fieldcrm.core.informing.TenantNames;
import dev.fieldcrm.core.leads.ConsentConfirmations;
import dev.fieldcrm.core.leads.ConsentLinks;
import dev.fieldcrm.core.leads.ConsentMails;
import dev.fieldcrm.core.leads.InboundProcessing;
import dev.fieldcrm.core.leads.IntakeTerms;
import dev.fieldcrm.core.leads.LeadAssigner;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.reminders.Notifications;
import dev.fieldcrm.core.webforms.FormFailures;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * The worker's processing of inbound requests (lead capture), and double opt-in (the worker's email, the public
 * page's confirmation), wired on one table with the core's use cases.
 */
public final class InboundServices {
    private InboundServices() {
    }

    public static InboundProcessing processing(DynamoDbClient dynamo, String table, CoreServices core,
                                               IntakeTerms.Source terms, LeadAssigner assigner,
                                               Notifications notifications, Clock clock) {
        return new InboundProcessing(new DynamoInboundLookups(dynamo, table), terms, assigner, core.users(),
                new DynamoClientQueries(dynamo, table), core.journal(), core.deals(), new DynamoChangeWriter(dynamo, table),
                notifications, new FormFailures(), clock);
    }

    /** Emails each new double opt-in's signed link (a stream listener in the worker). */
    public static ConsentMails consentMails(DynamoDbClient dynamo, String table, Postman postman, ConsentLinks links,
                                            Clock clock) {
        return new ConsentMails(postman, links, new TenantNames(new DynamoSettingsQueries(dynamo, table), clock));
    }

    /** The public confirmation of a double opt-in link (the API). */
    public static ConsentConfirmations consentConfirmations(DynamoDbClient dynamo, String table, LinkSigner signer,
                                                            Clock clock) {
        return new ConsentConfirmations(new ConsentLinks(signer, ""), new DynamoInboundLookups(dynamo, table),
                new DynamoClientQueries(dynamo, table), new DynamoChangeWriter(dynamo, table), clock);
    }
}
