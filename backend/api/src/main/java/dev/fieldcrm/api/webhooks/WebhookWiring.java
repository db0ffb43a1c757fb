package dev.fieldcrm.api.webhooks;

import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.dynamo.WebhookServices;
import dev.fieldcrm.core.webhooks.AddressGuard;
import dev.fieldcrm.core.webhooks.WebhookService;
import dev.fieldcrm.core.webhooks.WebhookTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Makes the admins' webhook use cases ({@link WebhookServices}) available for injection. */
@ApplicationScoped
public class WebhookWiring {

    /**
     * @param allowedPorts ports besides 443 that subscription URLs may name ({@code FIELDCRM_WEBHOOKS_ALLOWED_PORTS},
     *                     comma-separated; none by default)
     */
    @Produces @Singleton WebhookService webhooks(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock,
                                                 @ConfigProperty(name = "fieldcrm.webhooks.allowed-ports") Optional<List<Integer>> allowedPorts) {
        WebhookTargets targets = new WebhookTargets(AddressGuard.strict(), Set.copyOf(allowedPorts.orElse(List.of())));
        return WebhookServices.onDynamo(dynamo, config.table(), clock).subscriptions(targets);
    }
}
