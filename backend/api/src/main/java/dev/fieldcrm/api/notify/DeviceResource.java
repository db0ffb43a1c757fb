package dev.fieldcrm.api.notify;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.devices.Device;
import dev.fieldcrm.core.devices.DeviceRegistration;
import dev.fieldcrm.core.devices.DeviceService;
import dev.fieldcrm.core.devices.Platform;
import dev.fieldcrm.core.shared.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import java.time.Instant;

/**
 * The caller's own push devices. The app registers at login and after every token refresh ({@code PUT}, idempotent,
 * no {@code If-Match}: the device is the only writer of its registration) and unregisters at logout. The worker then
 * makes or deletes the device's SNS endpoint.
 */
@Path("/api/v1/me/devices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviceResource {
    private final DeviceService devices;
    private final CurrentCaller caller;

    DeviceResource(DeviceService devices, CurrentCaller caller) {
        this.devices = devices;
        this.caller = caller;
    }

    /**
     * A device as its owner sees it; the token and the endpoint stay on the server.
     *
     * @param pushReady whether the worker has made its endpoint (pushes reach it)
     * @param enabled   false once the push service reported the token dead; registering again enables it
     */
    public record DeviceView(String id, Platform platform, boolean enabled, boolean pushReady, Instant registeredAt,
                             Instant updatedAt, long version) {
        static DeviceView of(Device d) {
            return new DeviceView(d.id(), d.platform(), d.enabled(), d.endpointArn() != null, d.registeredAt(),
                    d.updatedAt(), d.version());
        }
    }

    /** Registers or refreshes the device (at most 10 per user: the 11th is 422). */
    @PUT
    @Path("/{deviceId}")
    @APIResponseSchema(value = DeviceView.class, responseCode = "200")
    public Response register(@PathParam("deviceId") String deviceId, @Valid @NotNull DeviceRegistration body) {
        Device device = devices.register(caller.get(), deviceId, body);
        return Response.ok(DeviceView.of(device)).header(HttpHeaders.ETAG, Etags.of(device.version())).build();
    }

    @DELETE
    @Path("/{deviceId}")
    public void unregister(@PathParam("deviceId") String deviceId) {
        devices.unregister(caller.get(), deviceId);
    }

    /** All of the caller's devices (at most 10: one page). */
    @GET
    public Page<DeviceView> list() {
        return new Page<>(devices.list(caller.get()).stream().map(DeviceView::of).toList(), null);
    }
}
