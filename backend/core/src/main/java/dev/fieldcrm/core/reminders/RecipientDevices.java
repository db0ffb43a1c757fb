package dev.fieldcrm.core.reminders;

import java.util.List;

/** The push endpoints of a user's registered devices (SNS platform endpoints in AWS). */
@FunctionalInterface
public interface RecipientDevices {
    List<String> activeEndpoints(String tenantId, String userId);

    /** No devices at all (until device registration is wired in): push reminders then reach nobody. */
    static RecipientDevices none() {
        return (tenantId, userId) -> List.of();
    }
}
