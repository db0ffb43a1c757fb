package dev.fieldcrm.worker.devices;

import dev.fieldcrm.core.devices.DeviceEndpointSync;
import dev.fieldcrm.core.devices.Devices;
import dev.fieldcrm.core.devices.LocalPushEndpoints;
import dev.fieldcrm.core.devices.PushEndpoints;
import dev.fieldcrm.core.dynamo.DeviceServices;
import dev.fieldcrm.worker.config.WorkerConfig;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * Push devices in the worker: the stream listener that keeps each device's SNS endpoint in step, and
 * {@link Devices} for the features that push to a user ({@code devices.activeEndpoints(tenant, user)}).
 * The endpoints are SNS's in mode aws ({@code AwsNotifyWiring}) and in-memory fakes in capture mode.
 */
@ApplicationScoped
public class DeviceWiring {

    @Produces @Singleton DeviceServices deviceServices(DynamoDbClient dynamo, WorkerConfig config, Clock clock) {
        return DeviceServices.onDynamo(dynamo, config.table(), clock);
    }

    @Produces @Singleton Devices devices(DeviceServices services) {
        return services.devices();
    }

    @Produces @Singleton @LookupIfProperty(name = "fieldcrm.notify.mode", stringValue = "capture")
    LocalPushEndpoints localEndpoints() {
        return new LocalPushEndpoints();
    }

    @Produces @Singleton DeviceEndpointSync deviceEndpointSync(DeviceServices services, Instance<PushEndpoints> endpoints) {
        return new DeviceEndpointSync(services.service(), endpoints.get());
    }
}
