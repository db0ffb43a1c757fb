package dev.fieldcrm.api.webforms;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.core.webforms.WebForm;
import dev.fieldcrm.core.webforms.WebFormCounts;
import dev.fieldcrm.core.webforms.WebFormInput;
import dev.fieldcrm.core.webforms.WebFormService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import java.util.List;

/**
 * The tenant's website forms: admins create and change them, managers and admins read them and their counters.
 * {@code enabled: false} switches a form off (its public endpoint answers 410); {@code rotate-key} retires the public
 * key at once.
 */
@Path("/api/v1/web-forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebFormResource {
    private final WebFormService forms;
    private final CurrentCaller caller;

    WebFormResource(WebFormService forms, CurrentCaller caller) {
        this.forms = forms;
        this.caller = caller;
    }

    @POST
    @APIResponseSchema(value = WebForm.class, responseCode = "201")
    public Response create(@Valid @NotNull WebFormInput body) {
        WebForm form = forms.create(caller.get(), body);
        return Response.status(201).entity(form).header(HttpHeaders.ETAG, Etags.of(form.version()))
                .header(HttpHeaders.LOCATION, "/api/v1/web-forms/" + form.id()).build();
    }

    /** Every form of the tenant (at most 50, so not paged). */
    @GET
    public List<WebForm> list() {
        return forms.list(caller.get());
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(value = WebForm.class, responseCode = "200")
    public Response get(@PathParam("id") String id) {
        return withEtag(forms.get(caller.get(), id));
    }

    /** What the form's public endpoint received, refused as spam, rate-limited and recognised as replays. */
    @GET
    @Path("/{id}/counts")
    public WebFormCounts counts(@PathParam("id") String id) {
        return forms.counts(caller.get(), id);
    }

    @PUT
    @Path("/{id}")
    @APIResponseSchema(value = WebForm.class, responseCode = "200")
    public Response put(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull WebFormInput body) {
        return withEtag(forms.update(caller.get(), id, Etags.required(ifMatch), body));
    }

    /** A new public key ({@code If-Match}); the old key answers 404 from now on. */
    @POST
    @Path("/{id}/rotate-key")
    @APIResponseSchema(value = WebForm.class, responseCode = "200")
    public Response rotateKey(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(forms.rotateKey(caller.get(), id, Etags.required(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        forms.delete(caller.get(), id, Etags.required(ifMatch));
        return Response.noContent().build();
    }

    private static Response withEtag(WebForm form) {
        return Response.ok(form).header(HttpHeaders.ETAG, Etags.of(form.version())).build();
    }
}
