package dev.fieldcrm.api.hygiene;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.hygiene.HygieneReport;
import dev.fieldcrm.core.hygiene.HygieneSettings;
import dev.fieldcrm.core.hygiene.HygieneSettingsInput;
import dev.fieldcrm.core.hygiene.HygieneSettingsService;
import dev.fieldcrm.core.hygiene.Offence;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import java.util.List;

/**
 * Data hygiene: {@code /api/v1/hygiene} — the rules, the deals offending them, their counts, and the tenant's settings
 * (review rounds: {@link HygieneReviewResource}).
 */
@Path("/api/v1/hygiene")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HygieneResource {
    private final HygieneReport report;
    private final HygieneSettingsService settings;
    private final CurrentCaller caller;

    HygieneResource(HygieneReport report, HygieneSettingsService settings, CurrentCaller caller) {
        this.report = report;
        this.settings = settings;
        this.caller = caller;
    }

    /**
     * Rules enabled, their parameters and the review schedule: managers and admins read (ETag = version). Changes
     * appear in {@code /api/v1/sales-settings/history}.
     */
    @GET
    @Path("/settings")
    @APIResponseSchema(value = HygieneSettings.class, responseCode = "200")
    public Response settings() {
        HygieneSettings current = settings.get(caller.get());
        return Etags.ok(current, current.version());
    }

    /** An admin replaces the settings (If-Match: the version read; the defaults are "0"). */
    @PUT
    @Path("/settings")
    @APIResponseSchema(value = HygieneSettings.class, responseCode = "200")
    public Response changeSettings(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull HygieneSettingsInput body) {
        HygieneSettings stored = settings.update(caller.get(), Etags.required(ifMatch), body);
        return Etags.ok(stored, stored.version());
    }

    /** Every rule with its severity, descriptions (ru, en) and whether the tenant has it enabled. */
    @GET
    @Path("/rules")
    public List<HygieneReport.RuleView> rules() {
        return report.rules(caller.get());
    }

    /**
     * Offending deals, one Query per page: a rep's own; a manager's team (or one rep of it); an admin's any team or
     * rep. {@code rule} or {@code severity} narrow by key prefix.
     */
    @GET
    @Path("/offenders")
    public Page<Offence> offenders(@QueryParam("rule") @Size(max = 10) String rule,
                                   @QueryParam("owner") @Size(max = 64) String owner,
                                   @QueryParam("severity") Integer severity,
                                   @QueryParam("team") @Size(max = 64) String team,
                                   @QueryParam("limit") Integer limit,
                                   @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return report.offenders(caller.get(), rule, owner, severity, team, PageRequest.of(limit, cursor));
    }

    /** Offences per rule and per rep, from the tally items (one Query). */
    @GET
    @Path("/counts")
    public HygieneReport.Counts counts(@QueryParam("team") @Size(max = 64) String team) {
        return report.counts(caller.get(), team);
    }
}
