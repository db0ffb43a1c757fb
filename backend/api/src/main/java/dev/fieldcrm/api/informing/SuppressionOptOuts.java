package dev.fieldcrm.api.informing;

import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.dynamo.NotifyServices;
import dev.fieldcrm.core.informing.OptOutList;
import dev.fieldcrm.core.notify.SuppressionReason;
import dev.fieldcrm.core.notify.Suppressions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Unsubscribed addresses go on the tenant's suppression list (reason {@code UNSUBSCRIBE}), which the Postman honours
 * for every later send. Built here rather than injected so this wiring does not depend on who else produces a
 * {@link Suppressions} bean in the API.
 */
@ApplicationScoped
public class SuppressionOptOuts {
    @Produces @Singleton OptOutList optOuts(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        Suppressions suppressions = NotifyServices.suppressions(dynamo, config.table(), config.defaultPhoneRegion(), clock);
        return (tenantId, address, source) -> suppressions.suppress(tenantId, address, SuppressionReason.UNSUBSCRIBE, source);
    }
}
