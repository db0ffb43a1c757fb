package dev.fieldcrm.api.integrations;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.fieldcrm.api.auth.Public;
import dev.fieldcrm.api.errors.Problem;
import dev.fieldcrm.api.webforms.SubmissionBodies;
import dev.fieldcrm.core.integrations.InboundEvent;
import dev.fieldcrm.core.integrations.InboundEvents;
import dev.fieldcrm.core.integrations.InboundSignature;
import dev.fieldcrm.core.integrations.IntegrationKey;
import dev.fieldcrm.core.leads.InboundLog;
import dev.fieldcrm.core.shared.ValidationFailed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * The public events endpoint of inbound integrations, without a token: the key in the path names the integration
 * (and through it the tenant), the {@code X-FieldCRM-Signature} header proves the sender knows its secret. The body
 * is verified as the exact bytes received, before it is parsed.
 *
 * <p>Answers: 202 for an accepted event and for a redelivery of one (same body, nothing new stored); 401 for a
 * missing, wrong or stale signature (no details); 404 for an unknown or switched-off key (no details); 413 for a
 * body over 16 KB; 422 problem+json for a body that is not a valid event.
 */
@Path("/api/v1/inbound/{integrationKey}/events")
@Public
@SecurityRequirements
public class InboundEventResource {
    /** The application's mapper (enums by name only), lenient to fields we do not know: providers add fields. */
    private final ObjectReader eventReader;
    private final InboundEvents events;

    InboundEventResource(InboundEvents events, ObjectMapper json) {
        this.eventReader = json.readerFor(InboundEvent.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.events = events;
    }

    /** The answer to an accepted event: the request's id (the first one's, for a redelivery). */
    public record Accepted(String status, String requestId) {
    }

    /**
     * The signature header as sent. Its value holds a comma ({@code t=…,v1=…}), and the Lambda HTTP layer splits
     * comma-separated header values into several, so they are joined back.
     */
    private static String signature(HttpHeaders headers) {
        java.util.List<String> values = headers.getRequestHeader(InboundSignature.HEADER);
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    /** GetItem key item · [TransactWriteItems: request + event-id guard]. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @APIResponseSchema(value = Accepted.class, responseCode = "202")
    public Response receive(@PathParam("integrationKey") String key, @Context HttpHeaders headers, InputStream body) {
        String signature = signature(headers);
        SubmissionBodies.Read read = SubmissionBodies.readJson(body);
        if (read.refused()) {
            return read.refusal();
        }
        byte[] bytes = read.bytes();
        Optional<IntegrationKey> integration = events.resolve(key);
        if (integration.isEmpty()) {
            return Problem.response(404, "not-found", "Not found", "no such integration");
        }
        if (!events.signedBy(integration.get(), signature, bytes)) {
            return Problem.response(401, "unauthenticated", "Not authenticated", "the signature is missing or not valid");
        }
        InboundEvent event;
        try {
            event = eventReader.readValue(bytes);
        } catch (IOException | RuntimeException e) {
            return Problem.response(422, "validation", "The event is not valid",
                    "the body must be a JSON object of an event (eventId, type, caller …)");
        }
        if (event == null) {
            return Problem.response(422, "validation", "The event is not valid", "the body must be a JSON object");
        }
        try {
            InboundLog.Receipt receipt = events.accept(integration.get(), event);
            return Response.status(202).type(MediaType.APPLICATION_JSON)
                    .entity(new Accepted(receipt.replay() ? "duplicate" : "received", receipt.requestId())).build();
        } catch (ValidationFailed e) {
            return Problem.response(422, "validation", "The event is not valid", e.getMessage(), e.errors(), Map.of());
        }
    }
}
