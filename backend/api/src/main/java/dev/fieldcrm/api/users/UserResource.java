package dev.fieldcrm.api.users;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserDirectory;
import dev.fieldcrm.core.users.UserStore;
import dev.fieldcrm.api.idempotency.Etags;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The tenant's user directory: everyone reads themselves, managers their team, admins manage users. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {
    private final UserStore users;
    private final UserDirectory directory;
    private final CurrentCaller caller;

    UserResource(UserStore users, UserDirectory directory, CurrentCaller caller) {
        this.users = users;
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @Path("/me")
    public User me() {
        Caller me = caller.get();
        return users.find(me.tenantId(), me.userId()).orElseThrow(() -> new NotFound("user"));
    }

    @GET
    @Path("/users")
    public List<User> list() {
        Caller me = caller.get();
        if (!me.supervises()) {
            throw new Forbidden("only a manager or an admin can list users");
        }
        return users.list(me.tenantId()).stream()
                .filter(u -> me.is(Role.ADMIN) || Objects.equals(u.teamId(), me.teamId()))
                .toList();
    }

    /** Adds a user (no If-Match) or changes one (If-Match with the ETag read): admins only. */
    @PUT
    @Path("/users/{id}")
    @APIResponseSchema(value = User.class, responseCode = "201")
    public Response save(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull UserInput body) {
        Caller me = caller.get();
        if (!id.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw ValidationFailed.of("id", "must be 1 to 64 letters, digits, '.', '_', '@' or '-'");
        }
        try {
            ZoneId.of(body.timeZone());
        } catch (DateTimeException e) {
            throw ValidationFailed.of("timeZone", "must be an IANA time zone such as Europe/Moscow");
        }
        User draft = new User(id, body.name().strip(), body.email().strip().toLowerCase(java.util.Locale.ROOT),
                body.roles().stream().map(Role::fromClaim).collect(Collectors.toSet()), body.teamId(), body.timeZone(),
                body.locale() == null ? "ru" : body.locale(), body.active(), 0);
        User saved = directory.save(me, draft, ifMatch == null ? null : Etags.required(ifMatch));
        return Response.status(ifMatch == null ? 201 : 200).entity(saved)
                .header(HttpHeaders.ETAG, Etags.of(saved.version())).build();
    }
}
