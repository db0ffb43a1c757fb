package dev.fieldcrm.api.local;

import dev.fieldcrm.api.auth.Public;
import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.notify.CapturedMessage;
import dev.fieldcrm.core.notify.Outbox;
import dev.fieldcrm.core.shared.NotFound;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The messages the local run's worker captured instead of sending (the outbox directory
 * {@code fieldcrm.notify.capture-dir}, shared with the worker): a list, newest first, and each file — the rendered
 * HTML of an email opens in a browser. Local profile only, like the local login; no token needed, so a browser can
 * open it; the production build has no such route.
 */
@jakarta.ws.rs.Path("/api/v1/local/outbox")
@Public
@IfBuildProfile(anyOf = {"dev", "test"})
public class LocalOutboxResource {
    private static final int NEWEST = 200;

    private final Outbox outbox;

    LocalOutboxResource(FieldCrmConfig config, Clock clock) {
        this.outbox = new Outbox(config.notifications().captureDir(), clock);
    }

    // Not part of the published contract: it exists only in the local profile.
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public List<CapturedMessage> newest() {
        return outbox.newest(NEWEST);
    }

    @GET
    @jakarta.ws.rs.Path("/{file}")
    @Operation(hidden = true)
    public Response file(@PathParam("file") String name) {
        Path file = outbox.file(name).orElseThrow(() -> new NotFound("captured message"));
        String type = name.endsWith(".html") ? MediaType.TEXT_HTML + ";charset=UTF-8" : MediaType.APPLICATION_JSON;
        return Response.ok(file.toFile(), type).build();
    }
}
