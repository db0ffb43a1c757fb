package dev.fieldcrm.worker.devices;

import dev.fieldcrm.core.devices.Device;
import dev.fieldcrm.core.devices.DeviceRegistration;
import dev.fieldcrm.core.devices.Devices;
import dev.fieldcrm.core.devices.LocalPushEndpoints;
import dev.fieldcrm.core.devices.Platform;
import dev.fieldcrm.core.devices.PushEndpoint;
import dev.fieldcrm.core.dynamo.DeviceServices;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.worker.support.DynamoCalls;
import dev.fieldcrm.worker.support.Stream;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Devices written through the core, the table's real stream pumped through the worker's stream handler. */
@QuarkusTest
class DeviceEndpointStreamTest {
    @Inject DeviceServices devices;
    @Inject Devices reads;
    @Inject LocalPushEndpoints endpoints;
    @Inject DynamoCalls calls;

    private final Caller rep = new Caller("acme", "stream-rep-" + System.nanoTime(), Set.of(Role.REP), "east", null);

    @Test
    void aRegisteredDevice_getsItsEndpointFromTheWorker_andLosesItWhenUnregistered() {
        devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-" + rep.userId()));

        Stream.pump();

        Device device = reads.find(rep.tenantId(), rep.userId(), "phone-1").orElseThrow();
        assertThat(device.endpointArn()).startsWith("arn:fieldcrm:local:endpoint/ANDROID/");
        assertThat(endpoints.endpoints().get(device.endpointArn()).owner()).isEqualTo("acme/" + rep.userId() + "/phone-1");

        calls.reset();
        assertThat(reads.activeEndpoints(rep.tenantId(), rep.userId()))
                .containsExactly(new PushEndpoint("phone-1", Platform.ANDROID, device.endpointArn()));
        assertThat(calls.made()).containsExactly("Query");

        devices.service().unregister(rep, "phone-1");
        Stream.pump();

        assertThat(endpoints.endpoints()).doesNotContainKey(device.endpointArn());
    }
}
