package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.informing.MailingDispatch;
import dev.fieldcrm.core.informing.MailingJob;
import dev.fieldcrm.core.informing.MailingOutcomes;
import dev.fieldcrm.core.informing.MailingService;
import dev.fieldcrm.core.informing.OptOutList;
import dev.fieldcrm.core.informing.PublicLinks;
import dev.fieldcrm.core.informing.SurveyInvitations;
import dev.fieldcrm.core.informing.SurveyService;
import dev.fieldcrm.core.informing.TenantNames;
import dev.fieldcrm.core.informing.Throttle;
import dev.fieldcrm.core.informing.Unsubscribes;
import dev.fieldcrm.core.notify.Postman;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Informing clients, wired on the table: the API's use cases (mailings, public unsubscribe, surveys) and, through
 * {@link #worker}, the worker's job and listener. Separate from {@link CoreServices} because it needs ports the other
 * use cases do not (public link signing, the suppression list, the Postman).
 */
public record InformingServices(MailingService mailings, Unsubscribes unsubscribes, SurveyService surveys) {

    public static InformingServices onDynamo(CoreServices core, DynamoDbClient dynamo, String table, PublicLinks links,
                                             OptOutList optOuts, Clock clock) {
        var writer = new DynamoChangeWriter(dynamo, table);
        return new InformingServices(
                new MailingService(new DynamoMailingQueries(dynamo, table), core.users(), writer, links, clock),
                new Unsubscribes(links.signer(), new DynamoClientQueries(dynamo, table), writer, optOuts, clock),
                new SurveyService(new DynamoSurveyQueries(dynamo, table), core.clients(), links, writer, clock));
    }

    /** What the worker runs: the mailing job (schedule) and the survey invitation sender (stream). */
    public record Worker(MailingJob mailingJob, MailingDispatch dispatch, SurveyInvitations surveyInvitations,
                         MailingOutcomes mailingOutcomes) {
    }

    /**
     * @param messagesPerRun  how many messages one scheduler run sends per mailing (rate × seconds of a run)
     * @param clientsPerBatch clients per audience page (one index Query, then one card Query each)
     */
    public static Worker worker(CoreServices core, DynamoDbClient dynamo, String table, PublicLinks links, Postman postman,
                                Throttle throttle, int messagesPerRun, int clientsPerBatch) {
        var mailings = new DynamoMailingQueries(dynamo, table);
        var writer = new DynamoChangeWriter(dynamo, table);
        var tenantNames = new TenantNames(new DynamoSettingsQueries(dynamo, table), Clock.systemUTC());
        var dispatch = new MailingDispatch(mailings, new DynamoClientQueries(dynamo, table), core.users(), postman,
                writer, links, throttle, messagesPerRun, clientsPerBatch, tenantNames);
        return new Worker(new MailingJob(mailings, dispatch), dispatch, new SurveyInvitations(postman, links, tenantNames),
                new MailingOutcomes(writer));
    }
}
