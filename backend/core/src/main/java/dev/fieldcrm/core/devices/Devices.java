package dev.fieldcrm.core.devices;

import java.util.List;
import java.util.Optional;

/** Reads of users' devices (DynamoDB: the user's partition {@code T#t#USER#u}, items {@code DEVICE#…}). */
public interface Devices {
    /** All devices of the user (at most {@link DeviceService#MAX_DEVICES_PER_USER}): one strongly consistent Query. */
    List<Device> ofUser(String tenantId, String userId);

    /** The guard item of the user's devices ({@link DeviceRoster}), strongly consistent: one GetItem. */
    Optional<DeviceRoster> roster(String tenantId, String userId);

    /** One device: one GetItem. */
    Optional<Device> find(String tenantId, String userId, String deviceId);

    /**
     * The endpoints a push to the user goes to (enabled devices with an SNS endpoint): the same single Query as
     * {@link #ofUser}. Send one push per endpoint, with an {@code Outgoing} id that includes the device id.
     */
    default List<PushEndpoint> activeEndpoints(String tenantId, String userId) {
        return ofUser(tenantId, userId).stream().filter(Device::canReceive)
                .map(d -> new PushEndpoint(d.id(), d.platform(), d.endpointArn())).toList();
    }
}
