package dev.fieldcrm.mobile.core.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.f4b6a3.ulid.UlidCreator;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.ApiException;
import dev.fieldcrm.mobile.core.api.ApiRequest;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.api.Session;
import dev.fieldcrm.mobile.core.store.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * This phone's push registration with the API ({@code PUT/DELETE /api/v1/me/devices/{deviceId}}). The device id is
 * made once per installation and kept in {@code <base>/device.json} with the token last registered and for whom, so
 * a start with the same token for the same user sends nothing, a new token (the push service rotates them) or
 * another user sends it again, and sign-out removes it. The PUT is idempotent on the server too.
 */
public final class DeviceRegistration {

    /** What is kept on the device. {@code user} ("tenant/user") and {@code token} are null when not registered. */
    record State(String deviceId, String user, String platform, String token) {
    }

    private final ApiClient api;
    private final Path file;
    private final AtomicFiles files;
    private final ObjectMapper json = Json.mapper();

    public DeviceRegistration(ApiClient api, Path baseDir, AtomicFiles files) {
        this.api = api;
        this.file = baseDir.resolve("device.json");
        this.files = files;
    }

    /** This installation's id, made on first use. */
    public String deviceId() {
        return state().deviceId();
    }

    /**
     * Registers {@code token} for the signed-in user unless exactly this registration is already on the server.
     *
     * @param platform {@code ANDROID} or {@code IOS}, as the API names them
     * @return whether a request was sent
     */
    public boolean register(String platform, String token) throws ApiException {
        Session session = Objects.requireNonNull(api.session(), "sign in before registering for push");
        State now = state();
        String user = session.tenantId() + "/" + session.userId();
        if (user.equals(now.user()) && platform.equals(now.platform()) && token.equals(now.token())) {
            return false;
        }
        ObjectNode body = json.createObjectNode().put("platform", platform).put("token", token);
        api.send(new ApiRequest("PUT", path(now), body, null, null));
        save(new State(now.deviceId(), user, platform, token));
        return true;
    }

    /** Removes the registration (sign-out): the server stops pushing to this phone for this user. */
    public void unregister() throws ApiException {
        State now = state();
        if (now.token() == null) {
            return;
        }
        api.send(new ApiRequest("DELETE", path(now), null, null, null));
        save(new State(now.deviceId(), null, null, null));
    }

    /** Whether a registration is kept (for the sign-out tests). */
    public Optional<String> registeredToken() {
        return Optional.ofNullable(state().token());
    }

    private static String path(State state) {
        return "/api/v1/me/devices/" + state.deviceId();
    }

    private State state() {
        try {
            Optional<byte[]> bytes = files.read(file);
            if (bytes.isPresent()) {
                return json.readValue(bytes.get(), State.class);
            }
            State fresh = new State(UlidCreator.getMonotonicUlid().toString(), null, null, null);
            save(fresh);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void save(State state) {
        try {
            files.write(file, json.writeValueAsBytes(state));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
