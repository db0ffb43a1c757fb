package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.devices.DeviceService;
import dev.fieldcrm.core.devices.Devices;

import java.time.Clock;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Push devices wired on the table: the API registers them, the worker attaches endpoints and reads the endpoints of
 * a user to push to.
 */
public record DeviceServices(DeviceService service, Devices devices) {
    public static DeviceServices onDynamo(DynamoDbClient dynamo, String table, Clock clock) {
        var devices = new DynamoDevices(dynamo, table);
        return new DeviceServices(new DeviceService(devices, new DynamoChangeWriter(dynamo, table), clock), devices);
    }
}
