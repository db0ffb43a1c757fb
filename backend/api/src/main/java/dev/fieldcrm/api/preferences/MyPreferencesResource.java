package dev.fieldcrm.api.preferences;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.reminders.NotificationPreferences;
import dev.fieldcrm.core.reminders.PreferencesInput;
import dev.fieldcrm.core.reminders.PreferencesService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The caller's own notification preferences. Never saved ones read as the defaults with ETag {@code "0"}; every
 * save needs If-Match (the first one {@code "0"}), so two devices cannot overwrite each other's choice blindly.
 */
@Path("/api/v1/me/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyPreferencesResource {
    private final PreferencesService preferences;
    private final CurrentCaller caller;

    MyPreferencesResource(PreferencesService preferences, CurrentCaller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @GET
    @APIResponseSchema(value = NotificationPreferences.class, responseCode = "200")
    public Response get() {
        return tagged(preferences.mine(caller.get()));
    }

    @PUT
    @APIResponseSchema(value = NotificationPreferences.class, responseCode = "200")
    public Response put(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PreferencesInput body) {
        long expected = Etags.required(ifMatch);
        return tagged(preferences.save(caller.get(), body, expected));
    }

    static Response tagged(NotificationPreferences p) {
        return Response.ok(p).header(HttpHeaders.ETAG, Etags.of(p.version())).build();
    }
}
