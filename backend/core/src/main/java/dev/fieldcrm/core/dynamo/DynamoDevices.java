package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.devices.Device;
import dev.fieldcrm.core.devices.DeviceRoster;
import dev.fieldcrm.core.devices.Devices;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Users' push devices in their user partition ({@link DeviceKeys}). */
public final class DynamoDevices implements Devices {
    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDevices(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /**
     * Query PK = {@code T#t#USER#u}, SK begins_with {@code DEVICE#}: at most 10 small items, one page; strongly
     * consistent, so a registration that lost the roster's race counts the winner's device.
     */
    @Override
    public List<Device> ofUser(String tenantId, String userId) {
        return dynamo.query(q -> q.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(DeviceKeys.user(tenantId, userId)),
                                ":prefix", AttributeValue.fromS(DeviceKeys.DEVICE_PREFIX))))
                .items().stream().map(item -> ItemCodec.decode(item, Device.class)).toList();
    }

    /** GetItem {@code T#t#USER#u} / {@code DEVICES}, strongly consistent (its version guards first registrations). */
    @Override
    public Optional<DeviceRoster> roster(String tenantId, String userId) {
        return consistentGet(DeviceKeys.roster(tenantId, userId), DeviceRoster.class);
    }

    /** GetItem {@code T#t#USER#u} / {@code DEVICE#id}, strongly consistent (the worker re-reads right after a write). */
    @Override
    public Optional<Device> find(String tenantId, String userId, String deviceId) {
        return consistentGet(DeviceKeys.device(tenantId, userId, deviceId), Device.class);
    }

    private <T> Optional<T> consistentGet(Map<String, AttributeValue> key, Class<T> type) {
        GetItemResponse response = dynamo.getItem(g -> g.tableName(table).consistentRead(true).key(key));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(ItemCodec.decode(response.item(), type)) : Optional.empty();
    }
}
