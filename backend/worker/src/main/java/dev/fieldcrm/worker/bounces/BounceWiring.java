package dev.fieldcrm.worker.bounces;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.core.notify.Suppressions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** SES bounce and complaint handling, on the suppression list the Postman honours. */
@ApplicationScoped
public class BounceWiring {
    @Produces @Singleton SesNotifications sesNotifications(Suppressions suppressions, ObjectMapper json) {
        return new SesNotifications(suppressions, json);
    }
}
