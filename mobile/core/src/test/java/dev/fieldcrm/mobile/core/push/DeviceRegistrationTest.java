package dev.fieldcrm.mobile.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.store.AtomicFiles;
import dev.fieldcrm.mobile.core.testing.FakeApi;
import dev.fieldcrm.mobile.core.testing.FakeApi.Answer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceRegistrationTest {
    @TempDir
    Path dir;

    private final FakeApi server = FakeApi.start();
    private final ApiClient api = ApiClient.to(server.baseUrl());

    @AfterEach
    void stop() {
        server.close();
    }

    private DeviceRegistration registration() {
        return new DeviceRegistration(api, dir, new AtomicFiles());
    }

    @Test
    void aTokenIsRegisteredUnderTheInstallationsIdOnce_andAgainOnlyWhenItChanges() throws Exception {
        api.use(new Session("t", "demo", "anna", "rep", null));
        DeviceRegistration registration = registration();
        String path = "/api/v1/me/devices/" + registration.deviceId();
        server.on("PUT " + path, Answer.json(200, Map.of("id", registration.deviceId())));

        assertThat(registration.register("ANDROID", "fcm-1")).isTrue();
        assertThat(registration().register("ANDROID", "fcm-1")).isFalse(); // next start, same token
        assertThat(registration().register("ANDROID", "fcm-2")).isTrue(); // the push service rotated it

        assertThat(server.received("PUT " + path)).hasSize(2)
                .extracting(r -> r.body().path("token").asText()).containsExactly("fcm-1", "fcm-2");
        assertThat(server.received("PUT " + path).getFirst().body().path("platform").asText()).isEqualTo("ANDROID");
    }

    @Test
    void anotherUserOnTheSamePhoneRegistersAgain() throws Exception {
        DeviceRegistration registration = registration();
        String path = "/api/v1/me/devices/" + registration.deviceId();
        server.on("PUT " + path, Answer.json(200, Map.of()));
        api.use(new Session("t", "demo", "anna", "rep", null));
        registration.register("IOS", "apns-1");

        api.use(new Session("t2", "demo", "maria", "rep", null));
        assertThat(registration.register("IOS", "apns-1")).isTrue();
    }

    @Test
    void signOutDeletesTheRegistration_andAFailedPutKeepsItUnregistered() throws Exception {
        api.use(new Session("t", "demo", "anna", "rep", null));
        DeviceRegistration registration = registration();
        String path = "/api/v1/me/devices/" + registration.deviceId();
        server.on("PUT " + path, Answer.problem(503, "unavailable", "Busy"), Answer.json(200, Map.of()));
        server.on("DELETE " + path, new Answer(204, "application/json", ""));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registration.register("ANDROID", "fcm-1"));
        assertThat(registration.registeredToken()).isEmpty();
        registration.register("ANDROID", "fcm-1");
        registration.unregister();

        assertThat(server.received("DELETE " + path)).hasSize(1);
        assertThat(registration.registeredToken()).isEmpty();
    }
}
