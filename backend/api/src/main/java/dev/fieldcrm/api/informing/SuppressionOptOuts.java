package dev.fieldcrm.api.informing;

import dev.fieldcrm.core.informing.OptOutList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Unsubscribed addresses go on the tenant's suppression list. */
@ApplicationScoped
public class SuppressionOptOuts {
    // TODO(merge postman): Suppressions.suppress(tenant, address, UNSUBSCRIBE, source)
    @Produces @Singleton OptOutList optOuts() {
        return (tenantId, address, source) -> { };
    }
}
