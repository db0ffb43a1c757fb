package dev.fieldcrm.core.devices;

import java.time.Instant;

/**
 * The guard of a user's set of devices ({@code T#t#USER#u} / {@code DEVICES}): every first registration of a device
 * writes it, conditional on its version, in the same transaction as the device. Two concurrent first registrations
 * that both counted nine devices thus cannot both be stored — the loser counts again and finds ten.
 *
 * @param devices how many devices the user had after the last first registration (informational: removals do not
 *                touch it; the limit is checked on the counted devices)
 */
public record DeviceRoster(String userId, int devices, Instant updatedAt, long version) {

    static DeviceRoster none(String userId) {
        return new DeviceRoster(userId, 0, null, 0);
    }

    DeviceRoster withDevices(int count, Instant now) {
        return new DeviceRoster(userId, count, now, version + 1);
    }
}
