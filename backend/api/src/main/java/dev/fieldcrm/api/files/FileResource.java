package dev.fieldcrm.api.files;

import dev.fieldcrm.api.auth.CurrentCaller;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.files.FilePath;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Locale;
import java.util.Map;

/**
 * Downloads of stored files (proposals, exports, import uploads). Who may read a file follows from where it is:
 * {@code clients/<clientId>/…} — whoever may work that client; {@code users/<userId>/…} — that user or an admin.
 * Anything else, and anything the caller may not read, is answered as not found.
 */
@Path("/api/v1/files")
public class FileResource {
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "html", "text/html; charset=utf-8",
            "csv", "text/csv; charset=utf-8",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "json", "application/json");

    private final FileStore files;
    private final ClientService clients;
    private final CurrentCaller caller;

    FileResource(FileStore files, ClientService clients, CurrentCaller caller) {
        this.files = files;
        this.clients = clients;
        this.caller = caller;
    }

    @GET
    @Path("/{path: .+}")
    @APIResponse(responseCode = "200", description = "the file's bytes, with its content type")
    public Response download(@PathParam("path") String rawPath) {
        FilePath path = new FilePath(rawPath);
        requireReadable(caller.get(), path);
        byte[] content = files.read(caller.get().tenantId(), path).orElseThrow(() -> new NotFound("file"));
        String name = path.fileName();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        return Response.ok(content)
                .type(TYPES.getOrDefault(extension, "application/octet-stream"))
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    private void requireReadable(Caller caller, FilePath path) {
        String[] segments = path.value().split("/");
        if (segments.length >= 3 && segments[0].equals("clients")) {
            clients.card(caller, segments[1]);
            return;
        }
        if (segments.length >= 3 && segments[0].equals("users")
                && (segments[1].equals(caller.userId()) || caller.is(Role.ADMIN))) {
            return;
        }
        throw new NotFound("file");
    }
}
