package dev.fieldcrm.api.preferences;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.reminders.NotificationPreferences;
import dev.fieldcrm.core.reminders.PreferencesService;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** A team member's notification preferences, read by their manager or an admin (nobody writes another's). */
@Path("/api/v1/users/{userId}/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
public class UserPreferencesResource {
    private final PreferencesService preferences;
    private final CurrentCaller caller;

    UserPreferencesResource(PreferencesService preferences, CurrentCaller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @GET
    @APIResponseSchema(value = NotificationPreferences.class, responseCode = "200")
    public Response get(@PathParam("userId") @Size(max = 64) String userId) {
        return MyPreferencesResource.tagged(preferences.of(caller.get(), userId));
    }
}
