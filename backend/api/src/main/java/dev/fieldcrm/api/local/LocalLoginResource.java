package dev.fieldcrm.api.local;

import dev.fieldcrm.api.auth.LocalTokens;
import dev.fieldcrm.api.auth.Public;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Logs in as a user of a local tenant, without a password: for the local run and tests only. The class is
 * not part of the production build's REST application (build profile), so the Lambda has no such route.
 */
@Path("/api/v1/local/login")
@Public
@IfBuildProfile(anyOf = {"dev", "test"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocalLoginResource {
    private static final long TOKEN_MINUTES = 12 * 60;

    private final UserStore users;
    private final LocalTokens tokens;

    LocalLoginResource(UserStore users, LocalTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    /** Body of a local login. */
    public record Login(@NotBlank @Size(max = 64) String tenantId, @NotBlank @Size(max = 64) String userId) {
    }

    /** The token to send as {@code Authorization: Bearer …}. */
    public record Session(String accessToken, String tokenType, long expiresInSeconds, User user) {
    }

    // Not part of the published contract: it exists only in the local profile.
    @POST
    @Operation(hidden = true)
    public Session login(@Valid @NotNull Login login) {
        User user = users.find(login.tenantId(), login.userId()).filter(User::active)
                .orElseThrow(() -> new NotFound("user"));
        return new Session(tokens.issue(login.tenantId(), user, TOKEN_MINUTES), "Bearer", TOKEN_MINUTES * 60, user);
    }
}
