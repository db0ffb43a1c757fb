package dev.fieldcrm.api.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.fieldcrm.core.idempotency.ReplayRace;
import dev.fieldcrm.core.shared.Duplicate;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.IdempotencyKeyReused;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every failure leaves as application/problem+json; only a defect of ours is a 500, and it names no internals. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response validation(ValidationFailed e) {
        return Problem.response(422, "validation", "The request is not valid", e.getMessage(), e.errors(), Map.of());
    }

    @ServerExceptionMapper
    public Response constraints(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return Problem.response(422, "validation", "The request is not valid",
                errors.isEmpty() ? "invalid input" : errors.getFirst().field() + ": " + errors.getFirst().message(),
                errors, Map.of());
    }

    @ServerExceptionMapper
    public Response invalidSyncCursor(dev.fieldcrm.core.sync.InvalidSyncCursor e) {
        return Problem.response(400, "sync-cursor-invalid", "Not a sync cursor", e.getMessage());
    }

    @ServerExceptionMapper
    public Response expiredSyncCursor(dev.fieldcrm.core.sync.SyncCursorExpired e) {
        return Problem.response(410, "sync-cursor-expired", "The sync cursor has expired", e.getMessage());
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return Problem.response(404, "not-found", "Not found", e.getMessage());
    }

    @ServerExceptionMapper
    public Response forbidden(Forbidden e) {
        return Problem.response(403, "forbidden", "Not allowed", e.getMessage());
    }

    @ServerExceptionMapper
    public Response conflict(VersionConflict e) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (e.currentVersion() >= 0) {
            extensions.put("currentVersion", e.currentVersion());
        }
        return Problem.response(412, "stale-version", "The record was changed meanwhile",
                e.getMessage() + "; read it again and reapply your change", List.of(), extensions);
    }

    @ServerExceptionMapper
    public Response duplicate(Duplicate e) {
        Map<String, Object> existing = new LinkedHashMap<>();
        existing.put("clientId", e.existing().clientId());
        if (e.existing().contactId() != null) {
            existing.put("contactId", e.existing().contactId());
        }
        if (e.existing().name() != null) {
            existing.put("name", e.existing().name());
        }
        return Problem.response(409, "duplicate", "Already in the CRM", e.getMessage(), List.of(),
                Map.of("field", e.value().kind().label(), "value", e.value().value(), "existing", existing));
    }

    @ServerExceptionMapper
    public Response alreadyExists(AlreadyExists e) {
        return Problem.response(409, "exists", "A record with this id exists", "choose another id");
    }

    @ServerExceptionMapper
    public Response idempotencyReused(IdempotencyKeyReused e) {
        return Problem.response(422, "idempotency-key-reused", "Idempotency-Key already used", e.getMessage());
    }

    @ServerExceptionMapper
    public Response contention(dev.fieldcrm.core.store.WriteContention e) {
        return Response.fromResponse(Problem.response(503, "contention", "Busy", "other requests are changing the same records; retry in a moment"))
                .header("Retry-After", "1").build();
    }

    @ServerExceptionMapper
    public Response replayRace(ReplayRace e) {
        return Problem.response(409, "in-progress", "The same request is being processed", "retry in a moment");
    }

    @ServerExceptionMapper
    public Response preconditionRequired(dev.fieldcrm.api.idempotency.PreconditionRequired e) {
        return Problem.response(428, "if-match-required", "If-Match required", e.getMessage());
    }

    @ServerExceptionMapper
    public Response unauthenticated(Unauthenticated e) {
        return Response.fromResponse(Problem.response(401, "unauthenticated", "Authentication required", e.getMessage()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    /**
     * Unknown fields, wrong types and bad enum values: without this exact-type mapper, Quarkus's own mapper for
     * {@link MismatchedInputException} would answer with plain JSON instead of a problem.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String detail = switch (e) {
            case UnrecognizedPropertyException u -> "unknown field '" + u.getPropertyName() + "'";
            case InvalidFormatException f -> "'" + path(f) + "' has an invalid value";
            case MismatchedInputException m -> "'" + path(m) + "' has the wrong type";
            default -> "the body is not valid JSON";
        };
        List<FieldError> errors = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? List.of(new FieldError(path(m), detail)) : List.of();
        return Problem.response(400, "malformed", "The body cannot be read", detail, errors, Map.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers a query parameter it cannot convert (limit=abc, type=PHONE) with 404, which a client
            // would take for a missing resource. The cause's message names internal classes, so it is not echoed.
            return Problem.response(400, "malformed", "A parameter cannot be read",
                    "a query parameter has a value of the wrong type");
        }
        int status = e.getResponse().getStatus();
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return Problem.response(status, "http-" + status, title == null ? "Error" : title, e.getMessage());
    }

    @ServerExceptionMapper
    public Response dynamo(SdkException e) {
        LOG.error("DynamoDB call failed", e);
        // The failed call may be one whose write landed and whose answer was lost: the client cannot be told that
        // nothing changed, only how to retry safely (idempotent requests replay the first result).
        return Response.fromResponse(Problem.response(503, "unavailable", "Storage is unavailable",
                "retry the same request (same Idempotency-Key or id) later")).header("Retry-After", "1").build();
    }

    @ServerExceptionMapper
    public Response defect(RuntimeException e) {
        LOG.error("Unexpected failure", e);
        return Problem.response(500, "internal", "Internal error", "the failure was logged; nothing was changed");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "create.body.phones[0]" → "phones[0]": the method and parameter names are not the client's business.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts.length == 2 ? parts[1] : path;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
