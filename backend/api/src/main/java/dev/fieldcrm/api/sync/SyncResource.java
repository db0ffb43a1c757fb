package dev.fieldcrm.api.sync;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.sync.SyncPage;
import dev.fieldcrm.core.sync.SyncService;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Delta sync for the offline app: {@code /api/v1/sync} (contract B). Without a cursor, a snapshot of the caller's
 * scope in pages; with the cursor of the last answer, what changed since, from the caller's own feed (one Query per
 * page). 410 {@code sync-cursor-expired}: start again without a cursor.
 */
@Path("/api/v1/sync")
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {
    private final SyncService sync;
    private final CurrentCaller caller;

    SyncResource(SyncService sync, CurrentCaller caller) {
        this.sync = sync;
        this.caller = caller;
    }

    @GET
    @APIResponse(responseCode = "200", description = "a page of changes (a snapshot page without a cursor); pass its cursor next time")
    @APIResponse(responseCode = "400", description = "problem+json sync-cursor-invalid: not a cursor this API returned")
    @APIResponse(responseCode = "410", description = "problem+json sync-cursor-expired: drop the cursor and start a snapshot")
    public SyncPage changes(@QueryParam("cursor") @Size(max = 4000) String cursor, @QueryParam("limit") Integer limit) {
        return sync.sync(caller.get(), cursor, limit);
    }
}
