package dev.fieldcrm.api.notify;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.notify.Suppression;
import dev.fieldcrm.core.notify.SuppressionAdmin;
import dev.fieldcrm.core.notify.SuppressionInput;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The tenant's suppression list, for admins: addresses nothing is sent to (bounces, complaints and unsubscribes land
 * here on their own; an admin can add one by hand or take one off).
 */
@Path("/api/v1/suppressions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuppressionResource {
    private final SuppressionAdmin suppressions;
    private final CurrentCaller caller;

    SuppressionResource(SuppressionAdmin suppressions, CurrentCaller caller) {
        this.suppressions = suppressions;
        this.caller = caller;
    }

    /** The list by normalised address. */
    @GET
    public Page<Suppression> list(@QueryParam("limit") Integer limit,
                                  @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return suppressions.list(caller.get(), PageRequest.of(limit, cursor));
    }

    /**
     * Puts an email address or phone number on the list (reason MANUAL). Idempotent by address: an address already
     * on the list keeps its entry (whatever its reason), which is returned.
     */
    @POST
    public Suppression add(@Valid @NotNull SuppressionInput body) {
        return suppressions.add(caller.get(), body);
    }

    /** Takes an address off the list (in any spelling of it); 404 when it is not on it. */
    @DELETE
    @Path("/{address}")
    public void remove(@PathParam("address") @Size(max = 254) String address) {
        suppressions.remove(caller.get(), address);
    }
}
