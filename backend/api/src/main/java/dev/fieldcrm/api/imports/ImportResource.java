package dev.fieldcrm.api.imports;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.errors.Problem;
import dev.fieldcrm.core.imports.JobKind;
import dev.fieldcrm.core.imports.JobReport;
import dev.fieldcrm.core.imports.Outcome;
import dev.fieldcrm.core.imports.RowOutcome;
import dev.fieldcrm.core.imports.TransferService;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.ValidationFailed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.Arrays;
import java.util.Locale;

/**
 * CSV imports: {@code POST /api/v1/imports?entity=clients|contacts|products|price-list-lines&dryRun=} with the file as the body answers 202 and
 * the job's location; the job runs in the background; {@code GET} the job for progress and {@code …/rows} for the
 * per-row report. Managers and admins only; a job is visible to its creator and the tenant's admins.
 */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    private final TransferService transfers;
    private final JobRunner runner;
    private final CurrentCaller caller;

    ImportResource(TransferService transfers, JobRunner runner, CurrentCaller caller) {
        this.transfers = transfers;
        this.runner = runner;
        this.caller = caller;
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @APIResponseSchema(value = JobReport.class, responseCode = "202")
    public Response start(@QueryParam("entity") @Size(max = 40) String entity,
                          @QueryParam("dryRun") @Size(max = 5) String dryRun, byte[] csv) {
        if (csv != null && csv.length > TransferService.MAX_FILE_BYTES) {
            return Problem.response(413, "too-large", "The file is too large",
                    "an import file may have at most " + TransferService.MAX_FILE_BYTES / (1024 * 1024) + " MB; split it");
        }
        JobReport job = transfers.startImport(caller.get(), entity, flag("dryRun", dryRun),
                csv == null ? new byte[0] : csv);
        runner.start(caller.get().tenantId(), job.id());
        return Response.accepted(job).location(URI.create("/api/v1/imports/" + job.id())).build();
    }

    /** Status, progress and counts per outcome. */
    @GET
    @Path("/{id}")
    public JobReport job(@PathParam("id") String id) {
        return Jobs.ofKind(transfers.job(caller.get(), id), JobKind.IMPORT);
    }

    /** The per-row report, one processed chunk per page; {@code outcome} keeps only the rows with that outcome. */
    @GET
    @Path("/{id}/rows")
    public Page<RowOutcome> rows(@PathParam("id") String id, @QueryParam("outcome") @Size(max = 20) String outcome,
                                 @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return transfers.rows(caller.get(), id, outcome(outcome), cursor);
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ValidationFailed.of(name, "must be true or false");
        };
    }

    private static Outcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Outcome.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("outcome", "must be one of " + Arrays.toString(Outcome.values()));
        }
    }

    /** Imports and exports share one job space; each resource shows only its own kind. */
    static final class Jobs {
        private Jobs() {
        }

        static JobReport ofKind(JobReport job, JobKind kind) {
            if (job.kind() != kind) {
                throw new NotFound("job");
            }
            return job;
        }
    }
}
