package dev.fieldcrm.api.clients;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.api.idempotency.Etags;
import dev.fieldcrm.api.idempotency.IdempotentCalls;
import dev.fieldcrm.core.audit.AuditEntry;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.ValidationFailed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import java.util.List;
import java.util.Optional;

/** The client card: {@code /api/v1/clients}. */
@Path("/api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClientResource {
    private final ClientService clients;
    private final CurrentCaller caller;
    private final IdempotentCalls idempotent;

    ClientResource(ClientService clients, CurrentCaller caller, IdempotentCalls idempotent) {
        this.clients = clients;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    /** A new client owned by the caller; {@code Idempotency-Key} makes retries safe. */
    @POST
    @APIResponseSchema(value = Client.class, responseCode = "201")
    public Response create(@HeaderParam(IdempotentCalls.HEADER) String key, @Valid @NotNull ClientDetails body) {
        return idempotent.run(caller.get(), key, "POST /clients", body,
                request -> clients.create(caller.get(), null, body, request),
                client -> idempotent.stored(201, client, client.version(), location(client)));
    }

    /**
     * With {@code If-Match}: replaces the card's details. Without: creates the client with this (client-chosen)
     * ULID, or returns the stored one if that create already happened (offline replay).
     */
    @PUT
    @Path("/{id}")
    @APIResponseSchema(value = Client.class, responseCode = "200")
    public Response put(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull ClientDetails body) {
        if (ifMatch == null) {
            // 200 whether this call or an earlier one created it: a retried offline create sees one outcome.
            Client client = clients.create(caller.get(), id, body, null);
            return withTag(Response.ok(client), client.version()).header(HttpHeaders.LOCATION, location(client)).build();
        }
        Client client = clients.update(caller.get(), id, Etags.required(ifMatch), body);
        return withTag(Response.ok(client), client.version()).build();
    }

    /** The whole card: profile with recent interactions, key people, open next steps (one DynamoDB Query). */
    @GET
    @Path("/{id}")
    @APIResponseSchema(value = ClientCard.class, responseCode = "200")
    public Response card(@PathParam("id") String id) {
        ClientCard card = clients.card(caller.get(), id);
        return withTag(Response.ok(card), card.client().version()).build();
    }

    @POST
    @Path("/{id}/archive")
    @APIResponseSchema(value = Client.class, responseCode = "200")
    public Response archive(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Client client = clients.setArchived(caller.get(), id, Etags.required(ifMatch), true);
        return withTag(Response.ok(client), client.version()).build();
    }

    @POST
    @Path("/{id}/restore")
    @APIResponseSchema(value = Client.class, responseCode = "200")
    public Response restore(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Client client = clients.setArchived(caller.get(), id, Etags.required(ifMatch), false);
        return withTag(Response.ok(client), client.version()).build();
    }

    /** Body of a hand-over. */
    public record Reassignment(@NotBlank @Size(max = 64) String ownerId) {
    }

    @POST
    @Path("/{id}/reassign")
    @APIResponseSchema(value = Client.class, responseCode = "200")
    public Response reassign(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid @NotNull Reassignment body) {
        Client client = clients.reassign(caller.get(), id, Etags.required(ifMatch), body.ownerId());
        return withTag(Response.ok(client), client.version()).build();
    }

    /**
     * Lists or searches clients. {@code q}: name prefix (case and diacritics ignored); {@code phone},
     * {@code email}, {@code taxId}: exact match in any formatting (at most one result). A rep sees own clients,
     * a manager the team (or {@code ownerId}'s).
     */
    @GET
    public Page<Client> list(@QueryParam("q") @Size(max = 200) String q,
                             @QueryParam("ownerId") @Size(max = 64) String ownerId,
                             @QueryParam("phone") @Size(max = 40) String phone,
                             @QueryParam("email") @Size(max = 254) String email,
                             @QueryParam("taxId") @Size(max = 32) String taxId,
                             @QueryParam("limit") Integer limit,
                             @QueryParam("cursor") @Size(max = 2000) String cursor) {
        int lookups = (phone != null ? 1 : 0) + (email != null ? 1 : 0) + (taxId != null ? 1 : 0);
        if (lookups > 1) {
            throw ValidationFailed.of("phone", "search by one of phone, email or taxId at a time");
        }
        if (lookups == 1) {
            Optional<Client> found = phone != null ? clients.findByPhone(caller.get(), phone)
                    : email != null ? clients.findByEmail(caller.get(), email)
                    : clients.findByTaxId(caller.get(), taxId);
            return new Page<>(found.map(List::of).orElse(List.of()), null);
        }
        return clients.list(caller.get(), ownerId, q, PageRequest.of(limit, cursor));
    }

    /** Who changed what on the card (client, contacts, journal, tasks), newest first. */
    @GET
    @Path("/{id}/history")
    public Page<AuditEntry> history(@PathParam("id") String id, @QueryParam("limit") Integer limit,
                                    @QueryParam("cursor") @Size(max = 2000) String cursor) {
        return clients.history(caller.get(), id, PageRequest.of(limit, cursor));
    }

    static Response.ResponseBuilder withTag(Response.ResponseBuilder response, long version) {
        return response.header(HttpHeaders.ETAG, Etags.of(version));
    }

    private static String location(Client client) {
        return "/api/v1/clients/" + client.id();
    }
}
