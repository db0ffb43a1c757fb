package dev.fieldcrm.api.proposals;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.proposals.ProposalService;
import dev.fieldcrm.core.proposals.ProposalTemplate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
 * The tenant's proposal template (admins). GET answers the stored template, or the built-in one with ETag "0";
 * PUT replaces it with If-Match of the version read ("0" to replace the built-in one).
 */
@Path("/api/v1/templates/proposal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalTemplateResource {
    private final ProposalService proposals;
    private final CurrentCaller caller;

    ProposalTemplateResource(ProposalService proposals, CurrentCaller caller) {
        this.proposals = proposals;
        this.caller = caller;
    }

    /**
     * A template: Qute source producing well-formed XHTML (see docs/decisions.md for the names it can use).
     *
     * @param sellerName the tenant's name as printed on proposals
     */
    public record TemplateInput(@NotBlank @Size(max = ProposalService.MAX_TEMPLATE_CHARS) String source,
                                @Size(max = 200) String sellerName) {
    }

    @GET
    @APIResponseSchema(value = ProposalTemplate.class, responseCode = "200")
    public Response read() {
        ProposalTemplate template = proposals.template(caller.get());
        return Response.ok(template).header(HttpHeaders.ETAG, Etags.of(template.version())).build();
    }

    @PUT
    @APIResponseSchema(value = ProposalTemplate.class, responseCode = "200")
    public Response replace(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TemplateInput body) {
        ProposalTemplate saved = proposals.saveTemplate(caller.get(), body.source(), body.sellerName(),
                Etags.required(ifMatch));
        return Response.ok(saved).header(HttpHeaders.ETAG, Etags.of(saved.version())).build();
    }
}
