package dev.fieldcrm.api.imports;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.imports.JobKind;
import dev.fieldcrm.core.imports.JobReport;
import dev.fieldcrm.core.imports.TransferService;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import java.net.URI;

/**
 * CSV exports: {@code POST /api/v1/exports?entity=clients|contacts|products|price-list-lines|deals} answers 202 and the job's location; when the job
 * is done its {@code download} link reads the file through {@code /api/v1/files/…}. Rep: own clients; manager: the
 * team's; admin: the tenant's. The columns are the import's, so an export imports back unchanged.
 */
@Path("/api/v1/exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {
    private final TransferService transfers;
    private final JobRunner runner;
    private final CurrentCaller caller;

    ExportResource(TransferService transfers, JobRunner runner, CurrentCaller caller) {
        this.transfers = transfers;
        this.runner = runner;
        this.caller = caller;
    }

    @POST
    @APIResponseSchema(value = JobReport.class, responseCode = "202")
    public Response start(@QueryParam("entity") @Size(max = 40) String entity) {
        JobReport job = transfers.startExport(caller.get(), entity);
        runner.start(caller.get().tenantId(), job.id());
        return Response.accepted(job).location(URI.create("/api/v1/exports/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    public JobReport job(@PathParam("id") String id) {
        return ImportResource.Jobs.ofKind(transfers.job(caller.get(), id), JobKind.EXPORT);
    }
}
