package dev.fieldcrm.api.webhooks;

import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.dynamo.WebhookServices;
import dev.fieldcrm.core.webhooks.AddressGuard;
import dev.fieldcrm.core.webhooks.WebhookService;
import dev.fieldcrm.core.webhooks.WebhookTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.Set;

/** Makes the admins' webhook use cases ({@link WebhookServices}) available for injection. */
@ApplicationScoped
public class WebhookWiring {

    @Produces @Singleton WebhookService webhooks(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock,
                                                 WebhookSettings settings) {
        WebhookTargets targets = new WebhookTargets(AddressGuard.strict(), settings.allowedPorts().orElse(Set.of()));
        return WebhookServices.onDynamo(dynamo, config.table(), clock).subscriptions(targets);
    }
}
