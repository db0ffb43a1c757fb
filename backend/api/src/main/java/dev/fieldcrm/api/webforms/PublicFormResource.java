package dev.fieldcrm.api.webforms;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.api.auth.Public;
import dev.fieldcrm.api.errors.Problem;
import dev.fieldcrm.api.informing.PublicPages;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.webforms.FormSubmissions;
import dev.fieldcrm.core.webforms.PublicForm;
import dev.fieldcrm.core.webforms.Submission;
import dev.fieldcrm.core.webforms.SubmissionOutcome;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.informing.PublicPages.escape;
import static dev.fieldcrm.api.informing.PublicPages.t;

/**
 * The public side of website forms, without a token: the form key in the path names the form (and through it the
 * tenant). {@code GET} gives the snippet the form and a time-trap token; {@code POST …/submissions} takes the
 * snippet's JSON (answered 202 or problem+json) or a plain HTML form (answered 303 to the thank-you page or the
 * form's redirect URL; errors as a small HTML page with the status code — never a redirect to the Referer, which
 * the client writes). CORS: only the form's allowed origins get {@code Access-Control-Allow-Origin}; a request with
 * any other {@code Origin} is refused with 403.
 */
@Path("/api/v1/forms/{formKey}")
@Public
@SecurityRequirements
public class PublicFormResource {
    private final FormSubmissions submissions;
    private final ClientAddress address;
    private final ObjectMapper json;

    PublicFormResource(FormSubmissions submissions, ClientAddress address, ObjectMapper json) {
        this.json = json;
        this.submissions = submissions;
        this.address = address;
    }

    /** The form as the snippet renders it, with a fresh time-trap token. 1 GetItem. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @APIResponseSchema(value = PublicForm.class, responseCode = "200")
    public Response config(@PathParam("formKey") String formKey, @HeaderParam("Origin") String origin) {
        FormSubmissions.Resolved resolved = submissions.resolve(formKey, origin);
        if (resolved.refused()) {
            return cors(refusal(resolved.refusal()), resolved, origin);
        }
        return cors(json(200, submissions.config(resolved)).header("Cache-Control", "no-store"), resolved, origin).build();
    }

    /** The snippet's submission: 202 for a person, a bot and a replay alike. GetItem · UpdateItem · TransactWriteItems. */
    @POST
    @Path("/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @APIResponseSchema(value = Received.class, responseCode = "202")
    public Response submitJson(@PathParam("formKey") String formKey, @HeaderParam("Origin") String origin, InputStream body) {
        SubmissionBodies.Read read = SubmissionBodies.readJson(body);
        if (read.refused()) {
            return read.refusal();
        }
        byte[] bytes = read.bytes();
        FormSubmissions.Resolved resolved = submissions.resolve(formKey, origin);
        if (resolved.refused()) {
            return cors(refusal(resolved.refusal()), resolved, origin);
        }
        Response.ResponseBuilder answer;
        try {
            Submission submission = SubmissionBodies.json(json, bytes);
            if (submission.submissionId() == null) {
                throw ValidationFailed.of("submissionId", "is required");
            }
            SubmissionOutcome outcome = submissions.submit(resolved, address.current(), submission);
            answer = outcome instanceof SubmissionOutcome.Accepted accepted
                    ? json(202, new Received("received", accepted.message(), accepted.redirectUrl()))
                    : Response.fromResponse(refusal(outcome));
        } catch (SubmissionBodies.Unreadable e) {
            answer = Response.fromResponse(Problem.response(400, "malformed", "The body cannot be read", e.getMessage()));
        } catch (ValidationFailed e) {
            answer = Response.fromResponse(Problem.response(422, "validation", "The submission is not valid",
                    e.getMessage(), e.errors(), Map.of()));
        }
        return cors(answer, resolved, origin).build();
    }

    /** A plain HTML form: 303 to the thank-you page (or the form's redirect URL); errors as a small HTML page. */
    @POST
    @Path("/submissions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submitForm(@PathParam("formKey") String formKey, @HeaderParam("Origin") String origin,
                               @Context HttpHeaders headers, InputStream body) {
        String lang = PublicPages.language(headers);
        byte[] bytes;
        try {
            bytes = SubmissionBodies.read(body);
        } catch (SubmissionBodies.TooLarge e) {
            return errorPage(413, lang, t(lang, "Слишком много текста", "Too much text"), List.of());
        } catch (IOException e) {
            return errorPage(400, lang, t(lang, "Форма не прочитана", "The form could not be read"), List.of());
        }
        FormSubmissions.Resolved resolved = submissions.resolve(formKey, origin);
        try {
            SubmissionOutcome outcome = resolved.refused() ? resolved.refusal()
                    : submissions.submit(resolved, address.current(), SubmissionBodies.urlencoded(bytes));
            return switch (outcome) {
                case SubmissionOutcome.Accepted accepted -> Response.seeOther(java.net.URI.create(
                        accepted.redirectUrl() != null ? accepted.redirectUrl() : "/api/v1/forms/" + formKey + "/thanks")).build();
                case SubmissionOutcome.UnknownForm u -> errorPage(404, lang, t(lang, "Форма не найдена", "This form does not exist"), List.of());
                case SubmissionOutcome.Disabled d -> errorPage(410, lang, t(lang, "Форма закрыта", "This form is closed"), List.of());
                case SubmissionOutcome.OriginRefused o -> errorPage(403, lang, t(lang, "Форма недоступна с этого сайта", "This form cannot be sent from this site"), List.of());
                case SubmissionOutcome.CaptchaUnavailable c -> Response.fromResponse(errorPage(503, lang,
                        t(lang, "Проверка от спама недоступна, попробуйте через минуту", "The spam check is unavailable; try again in a minute"), List.of()))
                        .header("Retry-After", Long.toString(c.retryAfterSeconds())).build();
                case SubmissionOutcome.RateLimited r -> Response.fromResponse(errorPage(429, lang,
                        t(lang, "Слишком много отправок, попробуйте через минуту", "Too many submissions; try again in a minute"), List.of()))
                        .header("Retry-After", Long.toString(r.retryAfterSeconds())).build();
            };
        } catch (SubmissionBodies.Unreadable e) {
            return errorPage(400, lang, t(lang, "Форма не прочитана", "The form could not be read"), List.of());
        } catch (ValidationFailed e) {
            return errorPage(422, lang, t(lang, "Проверьте поля формы", "Please check the form"), e.errors());
        }
    }

    /** The thank-you page a plain HTML form lands on. 1 GetItem (for the form's own message). */
    @GET
    @Path("/thanks")
    @Produces(MediaType.TEXT_HTML)
    public Response thanks(@PathParam("formKey") String formKey, @Context HttpHeaders headers) {
        String lang = PublicPages.language(headers);
        FormSubmissions.Resolved resolved = submissions.resolve(formKey, null);
        String message = resolved.key() != null ? resolved.key().form().thankYouMessage() : t(lang, "Спасибо!", "Thank you!");
        return PublicPages.page(200, lang, t(lang, "Спасибо", "Thank you"), "<p>" + escape(message) + "</p>");
    }

    /** CORS preflight of the form's config. */
    @OPTIONS
    public Response preflightConfig(@PathParam("formKey") String formKey, @HeaderParam("Origin") String origin) {
        return preflight(formKey, origin);
    }

    /** CORS preflight of a JSON submission. */
    @OPTIONS
    @Path("/submissions")
    public Response preflightSubmission(@PathParam("formKey") String formKey, @HeaderParam("Origin") String origin) {
        return preflight(formKey, origin);
    }

    /** 204 with the CORS headers for an allowed origin; 403 (404 unknown key, 410 disabled) without them. 1 GetItem. */
    private Response preflight(String formKey, String origin) {
        FormSubmissions.Resolved resolved = submissions.resolve(formKey, origin);
        if (resolved.refused() || origin == null) {
            Response refused = resolved.refused() ? refusal(resolved.refusal())
                    : Problem.response(403, "forbidden", "Not allowed", "a preflight needs an Origin");
            return Response.fromResponse(refused).header(HttpHeaders.VARY, "Origin").build();
        }
        return cors(Response.noContent(), resolved, origin)
                .header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                .header("Access-Control-Allow-Headers", "Content-Type")
                .header("Access-Control-Max-Age", "600").build();
    }

    /** The body of a 202: the same for a stored submission, spam and a replay (a null redirectUrl stays, as the contract has it). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Received(String status, String message, String redirectUrl) {
    }

    private static Response refusal(SubmissionOutcome outcome) {
        return switch (outcome) {
            case SubmissionOutcome.UnknownForm u -> Problem.response(404, "not-found", "Not found", "no such form");
            case SubmissionOutcome.Disabled d -> Problem.response(410, "gone", "This form is closed", "the form is disabled");
            case SubmissionOutcome.OriginRefused o -> Problem.response(403, "origin-refused", "Not allowed",
                    "this form may not be sent from this origin");
            case SubmissionOutcome.RateLimited r -> Response.fromResponse(Problem.response(429, "rate-limited",
                    "Too many submissions", "retry after " + r.retryAfterSeconds() + " seconds"))
                    .header("Retry-After", Long.toString(r.retryAfterSeconds())).build();
            case SubmissionOutcome.CaptchaUnavailable c -> Response.fromResponse(Problem.response(503, "captcha-unavailable",
                    "The spam check is unavailable", "the CAPTCHA provider did not answer; retry after "
                            + c.retryAfterSeconds() + " seconds"))
                    .header("Retry-After", Long.toString(c.retryAfterSeconds())).build();
            case SubmissionOutcome.Accepted a -> throw new IllegalArgumentException("not a refusal");
        };
    }

    private static Response cors(Response response, FormSubmissions.Resolved resolved, String origin) {
        return cors(Response.fromResponse(response), resolved, origin).build();
    }

    /** {@code Access-Control-Allow-Origin} only for an allowed origin (browsers then let the page read the answer). */
    private static Response.ResponseBuilder cors(Response.ResponseBuilder response, FormSubmissions.Resolved resolved, String origin) {
        response.header(HttpHeaders.VARY, "Origin");
        if (origin != null && resolved.key() != null && FormSubmissions.isAllowed(resolved.key().form(), origin)) {
            response.header("Access-Control-Allow-Origin", origin)
                    .header("Access-Control-Expose-Headers", "Retry-After");
        }
        return response;
    }

    /** Written by the application's mapper; the records keep their null members themselves ({@code @JsonInclude}). */
    private static Response.ResponseBuilder json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
    }

    private static Response errorPage(int status, String lang, String title, List<FieldError> errors) {
        StringBuilder body = new StringBuilder();
        if (!errors.isEmpty()) {
            body.append("<ul>");
            for (FieldError error : errors) {
                body.append("<li>").append(escape(error.field())).append(": ").append(escape(error.message())).append("</li>");
            }
            body.append("</ul>");
        }
        body.append("<p>").append(escape(t(lang, "Вернитесь на страницу формы и попробуйте ещё раз.",
                "Please go back to the form and try again."))).append("</p>");
        return PublicPages.page(status, lang, title, body.toString());
    }
}
