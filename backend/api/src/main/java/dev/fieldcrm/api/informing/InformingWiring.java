package dev.fieldcrm.api.informing;

import dev.fieldcrm.adapters.links.LinkSettings;
import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.InformingServices;
import dev.fieldcrm.core.informing.MailingService;
import dev.fieldcrm.core.informing.OptOutList;
import dev.fieldcrm.core.informing.PublicLinks;
import dev.fieldcrm.core.informing.SurveyService;
import dev.fieldcrm.core.informing.Unsubscribes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Makes informing clients ({@link InformingServices}) available for injection. */
@ApplicationScoped
public class InformingWiring {

    /** Signing of public links (see {@link LinkConfig}; rotation keeps retired keys verifying). */
    @Produces @Singleton PublicLinks publicLinks(LinkConfig config) {
        return LinkSettings.publicLinks(config);
    }

    @Produces @Singleton InformingServices informing(CoreServices core, DynamoDbClient dynamo, FieldCrmConfig config,
                                                     PublicLinks links, OptOutList optOuts, Clock clock) {
        return InformingServices.onDynamo(core, dynamo, config.table(), links, optOuts, clock);
    }

    @Produces @Singleton MailingService mailings(InformingServices informing) {
        return informing.mailings();
    }

    @Produces @Singleton Unsubscribes unsubscribes(InformingServices informing) {
        return informing.unsubscribes();
    }

    @Produces @Singleton SurveyService surveys(InformingServices informing) {
        return informing.surveys();
    }
}
