package dev.fieldcrm.api.clients;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.api.idempotency.IdempotentCalls;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.clients.ContactService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import static dev.fieldcrm.api.clients.ClientResource.withTag;

/** Key people of a client: {@code /api/v1/clients/{clientId}/contacts}. */
@Path("/api/v1/clients/{clientId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {
    private final ContactService contacts;
    private final CurrentCaller caller;
    private final IdempotentCalls idempotent;

    ContactResource(ContactService contacts, CurrentCaller caller, IdempotentCalls idempotent) {
        this.contacts = contacts;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @APIResponseSchema(value = Contact.class, responseCode = "201")
    public Response add(@PathParam("clientId") String clientId, @HeaderParam(IdempotentCalls.HEADER) String key,
                        @Valid @NotNull ContactDetails body) {
        return idempotent.run(caller.get(), key, "POST /clients/" + clientId + "/contacts", body,
                request -> contacts.add(caller.get(), clientId, null, body, request),
                contact -> idempotent.stored(201, contact, contact.version(), location(contact)));
    }

    /** With {@code If-Match}: replaces the contact's details; without: creates it with this client-chosen id. */
    @PUT
    @Path("/{contactId}")
    @APIResponseSchema(value = Contact.class, responseCode = "200")
    public Response put(@PathParam("clientId") String clientId, @PathParam("contactId") String contactId,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ContactDetails body) {
        Contact contact = ifMatch == null
                ? contacts.add(caller.get(), clientId, contactId, body, null)
                : contacts.update(caller.get(), clientId, contactId, Etags.required(ifMatch), body);
        return withTag(Response.ok(contact), contact.version()).build();
    }

    @GET
    @Path("/{contactId}")
    @APIResponseSchema(value = Contact.class, responseCode = "200")
    public Response get(@PathParam("clientId") String clientId, @PathParam("contactId") String contactId) {
        Contact contact = contacts.find(caller.get(), clientId, contactId);
        return withTag(Response.ok(contact), contact.version()).build();
    }

    @POST
    @Path("/{contactId}/archive")
    @APIResponseSchema(value = Contact.class, responseCode = "200")
    public Response archive(@PathParam("clientId") String clientId, @PathParam("contactId") String contactId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Contact contact = contacts.setArchived(caller.get(), clientId, contactId, Etags.required(ifMatch), true);
        return withTag(Response.ok(contact), contact.version()).build();
    }

    private static String location(Contact contact) {
        return "/api/v1/clients/" + contact.clientId() + "/contacts/" + contact.id();
    }
}
