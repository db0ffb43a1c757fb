package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.devices.Device;
import dev.fieldcrm.core.devices.DeviceRoster;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Keys of push devices: the user's own partition {@code T#t#USER#<userId>}, items {@code DEVICE#<deviceId>}. One
 * Query lists a user's devices (at most 10), one GetItem reads one; no index: nothing looks devices up otherwise
 * (a report about an endpoint names its device in the endpoint's own data, see {@code DeviceOwner}).
 */
final class DeviceKeys {
    static final String DEVICE_PREFIX = "DEVICE#";
    /** The user's {@code DeviceRoster}; outside {@link #DEVICE_PREFIX}, so listing devices never reads it. */
    static final String ROSTER = "DEVICES";

    private DeviceKeys() {
    }

    /** The partition of things that belong to one user (devices; per-user settings may join it). */
    static String user(String tenantId, String userId) {
        return Keys.tenant(tenantId) + "USER#" + userId;
    }

    static Map<String, AttributeValue> device(String tenantId, String userId, String deviceId) {
        return Keys.key(user(tenantId, userId), DEVICE_PREFIX + deviceId);
    }

    static Map<String, AttributeValue> roster(String tenantId, String userId) {
        return Keys.key(user(tenantId, userId), ROSTER);
    }

    static Map<String, AttributeValue> of(String tenantId, DeviceRoster roster) {
        return roster(tenantId, roster.userId());
    }

    static Map<String, AttributeValue> of(String tenantId, Device device) {
        return device(tenantId, device.userId(), device.id());
    }
}
