package dev.fieldcrm.core.devices;

import dev.fieldcrm.core.dynamo.DeviceServices;
import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Device registration and the endpoint sync on DynamoDB Local. The stream is played by hand here: each change is
 * handed to the listener with the images the stream would carry (the worker's end-to-end test uses the real stream).
 */
class DeviceEndpointSyncTest {
    private static final AtomicInteger USERS = new AtomicInteger();
    private static DynamoDbLocalServer server;
    private static DynamoDbClient dynamo;
    private static DeviceServices devices;

    private final Caller rep = new Caller("acme", "dev-rep" + USERS.incrementAndGet(), Set.of(Role.REP), "east", null);
    private final LocalPushEndpoints endpoints = new LocalPushEndpoints();
    private final DeviceEndpointSync sync = new DeviceEndpointSync(devices.service(), endpoints);

    @BeforeAll
    static void table() {
        server = DynamoDbLocalServer.inMemory();
        dynamo = server.client();
        TableDesign.createIfMissing(dynamo, "devices-test");
        devices = DeviceServices.onDynamo(dynamo, "devices-test", Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        dynamo.close();
        server.close();
    }

    private Device stored(String deviceId) {
        return devices.devices().find(rep.tenantId(), rep.userId(), deviceId).orElseThrow();
    }

    private void stream(Device before, Device after) {
        sync.on(new Change(rep.tenantId(), "ev-" + System.nanoTime(), before, after));
    }

    @Test
    void aNewDevice_getsAnEndpointForItsToken_storedOnTheDevice() {
        Device registered = devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-1"));

        stream(null, registered);

        Device device = stored("phone-1");
        assertThat(device.endpointArn()).isNotNull();
        assertThat(device.version()).isEqualTo(2);
        assertThat(endpoints.endpoints().get(device.endpointArn()))
                .isEqualTo(new LocalPushEndpoints.Endpoint(Platform.ANDROID, "fcm-1", "acme/" + rep.userId() + "/phone-1", true));
        assertThat(devices.devices().activeEndpoints(rep.tenantId(), rep.userId()))
                .containsExactly(new PushEndpoint("phone-1", Platform.ANDROID, device.endpointArn()));
    }

    @Test
    void theSameInsertDeliveredTwice_makesOneEndpoint_andWritesOnce() {
        Device registered = devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.IOS, "apns-1"));

        stream(null, registered);
        stream(null, registered);

        assertThat(endpoints.endpoints()).hasSize(1);
        assertThat(stored("phone-1").version()).isEqualTo(2);
    }

    @Test
    void theWorkersOwnEndpointWrite_comingBackOnTheStream_changesNothing() {
        Device registered = devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.IOS, "apns-1"));
        stream(null, registered);
        Device attached = stored("phone-1");

        stream(registered, attached);

        assertThat(endpoints.endpoints()).hasSize(1);
        assertThat(stored("phone-1")).isEqualTo(attached);
    }

    @Test
    void aRefreshedToken_isSetOnTheExistingEndpoint() {
        stream(null, devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-1")));
        Device before = stored("phone-1");

        Device after = devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-2"));
        stream(before, after);

        assertThat(after.endpointArn()).isEqualTo(before.endpointArn());
        assertThat(endpoints.endpoints().get(before.endpointArn()).token()).isEqualTo("fcm-2");
    }

    @Test
    void theSameRegistrationAgain_writesNothing() {
        Device first = devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-1"));

        Device again = devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-1"));

        assertThat(again).isEqualTo(first);
        assertThat(stored("phone-1").version()).isEqualTo(1);
    }

    @Test
    void aPlatformChange_replacesTheEndpoint() {
        stream(null, devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-1")));
        Device before = stored("phone-1");

        Device after = devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.IOS, "apns-1"));
        stream(before, after);

        Device now = stored("phone-1");
        assertThat(now.platform()).isEqualTo(Platform.IOS);
        assertThat(now.endpointArn()).isNotNull().isNotEqualTo(before.endpointArn());
        assertThat(endpoints.endpoints()).containsOnlyKeys(now.endpointArn());
    }

    @Test
    void aTokenRegisteredByAnotherUser_takesTheEndpointOver_theOldDeviceKeepsNoArn_andItsRemovalLeavesTheEndpoint() {
        Caller buyer = new Caller("globex", "dev-buyer" + USERS.incrementAndGet(), Set.of(Role.REP), "east", null);
        stream(null, devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-sold")));
        Device oldBefore = stored("phone-1");

        Device bought = devices.service().register(buyer, "phone-2", new DeviceRegistration(Platform.ANDROID, "fcm-sold"));
        sync.on(new Change(buyer.tenantId(), "ev-" + System.nanoTime(), null, bought));

        Device buyers = devices.devices().find(buyer.tenantId(), buyer.userId(), "phone-2").orElseThrow();
        assertThat(buyers.endpointArn()).isEqualTo(oldBefore.endpointArn());
        assertThat(endpoints.owner(buyers.endpointArn())).contains("globex/" + buyer.userId() + "/phone-2");
        Device old = stored("phone-1");
        assertThat(old.endpointArn()).isNull();
        assertThat(old.enabled()).isFalse();
        assertThat(devices.devices().activeEndpoints(rep.tenantId(), rep.userId())).isEmpty();

        // The old device's change on the stream neither deletes the endpoint nor takes it back.
        stream(oldBefore, old);
        devices.service().unregister(rep, "phone-1");
        stream(old, null);
        assertThat(endpoints.endpoints()).containsOnlyKeys(buyers.endpointArn());
        assertThat(devices.devices().activeEndpoints(buyer.tenantId(), buyer.userId()))
                .containsExactly(new PushEndpoint("phone-2", Platform.ANDROID, buyers.endpointArn()));
    }

    @Test
    void tenConcurrentFirstRegistrationsAndMore_neverStoreMoreThanTheLimit() throws Exception {
        int tries = DeviceService.MAX_DEVICES_PER_USER + 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(tries);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < tries; i++) {
            String id = "race-" + i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    devices.service().register(rep, id, new DeviceRegistration(Platform.ANDROID, "fcm-" + id));
                    return "registered";
                } catch (ValidationFailed limit) {
                    return "refused";
                }
            }));
        }
        start.countDown();
        List<String> results = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn("registered"::equals).hasSize(DeviceService.MAX_DEVICES_PER_USER);
        assertThat(results).filteredOn("refused"::equals).hasSize(tries - DeviceService.MAX_DEVICES_PER_USER);
        assertThat(devices.devices().ofUser(rep.tenantId(), rep.userId())).hasSize(DeviceService.MAX_DEVICES_PER_USER);
    }

    @Test
    void anUnregisteredDevice_losesItsEndpoint() {
        stream(null, devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-1")));
        Device before = stored("phone-1");

        devices.service().unregister(rep, "phone-1");
        stream(before, null);

        assertThat(devices.devices().find(rep.tenantId(), rep.userId(), "phone-1")).isEmpty();
        assertThat(endpoints.endpoints()).isEmpty();
    }

    @Test
    void aDeviceRemovedBeforeTheWorkerCame_leavesNoEndpointBehind() {
        Device registered = devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-1"));
        devices.service().unregister(rep, "phone-1");

        stream(null, registered);
        stream(registered, null);

        assertThat(endpoints.endpoints()).isEmpty();
    }

    @Test
    void aDisabledEndpoint_disablesTheDevice_andARegistrationEnablesItAgain() {
        stream(null, devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-1")));
        Device attached = stored("phone-1");
        String owner = endpoints.owner(attached.endpointArn()).orElseThrow();

        devices.service().endpointDisabled(DeviceOwner.parse(owner).orElseThrow(), attached.endpointArn());

        Device disabled = stored("phone-1");
        assertThat(disabled.enabled()).isFalse();
        assertThat(devices.devices().activeEndpoints(rep.tenantId(), rep.userId())).isEmpty();

        Device again = devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-1"));
        stream(disabled, again);
        assertThat(stored("phone-1").enabled()).isTrue();
        assertThat(endpoints.endpoints().get(attached.endpointArn()).enabled()).isTrue();
    }

    @Test
    void theEleventhDevice_isRefused() {
        for (int i = 1; i <= DeviceService.MAX_DEVICES_PER_USER; i++) {
            devices.service().register(rep, "phone-" + i, new DeviceRegistration(Platform.ANDROID, "fcm-" + i));
        }

        assertThatThrownBy(() -> devices.service().register(rep, "phone-11", new DeviceRegistration(Platform.ANDROID, "fcm-11")))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("at most 10");
        assertThat(devices.service().list(rep)).hasSize(10);
    }

    @Test
    void anotherUsersDevice_isNotFound() {
        devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-1"));
        Caller other = new Caller("acme", "dev-other" + USERS.incrementAndGet(), Set.of(Role.REP), "east", null);

        assertThat(devices.service().list(other)).isEmpty();
        assertThatThrownBy(() -> devices.service().unregister(other, "phone-1")).isInstanceOf(NotFound.class);
        assertThat(stored("phone-1")).isNotNull();
    }

    @Test
    void aDeviceIdWithSlashes_isRefused() {
        assertThatThrownBy(() -> devices.service().register(rep, "a/b", new DeviceRegistration(Platform.ANDROID, "t")))
                .isInstanceOf(ValidationFailed.class);
    }
}
