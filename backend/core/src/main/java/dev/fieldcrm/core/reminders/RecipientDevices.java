package dev.fieldcrm.core.reminders;

import java.util.List;

/**
 * The devices a push to a user goes to (in the worker: the enabled devices with an SNS platform endpoint, from
 * {@code core.devices.Devices.activeEndpoints}).
 */
@FunctionalInterface
public interface RecipientDevices {
    List<Target> activeEndpoints(String tenantId, String userId);

    /** One device: its id (part of the message id) and the endpoint a push is addressed to. */
    record Target(String deviceId, String endpoint) {
    }

    /** No devices at all (until device registration is wired in): push reminders then reach nobody. */
    static RecipientDevices none() {
        return (tenantId, userId) -> List.of();
    }
}
