package dev.fieldcrm.core.devices;

import java.util.Optional;

/**
 * Names a device in the text kept with its push endpoint ({@code tenant/user/device}), so a report about an
 * endpoint (e.g. SNS {@code EndpointDisabled}) finds the device without an index on endpoint ARNs.
 */
public record DeviceOwner(String tenantId, String userId, String deviceId) {
    public String encode() {
        return tenantId + "/" + userId + "/" + deviceId;
    }

    public static Optional<DeviceOwner> parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("/", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DeviceOwner(parts[0], parts[1], parts[2]));
    }
}
