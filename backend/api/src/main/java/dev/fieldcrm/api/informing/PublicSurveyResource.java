package dev.fieldcrm.api.informing;

import dev.fieldcrm.api.auth.Public;
import dev.fieldcrm.core.informing.InvalidLink;
import dev.fieldcrm.core.informing.SurveyClosed;
import dev.fieldcrm.core.informing.SurveyForm;
import dev.fieldcrm.core.informing.SurveyQuestion;
import dev.fieldcrm.core.informing.SurveyService;
import dev.fieldcrm.core.shared.ValidationFailed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static dev.fieldcrm.api.informing.PublicPages.escape;
import static dev.fieldcrm.api.informing.PublicPages.t;

/**
 * The public satisfaction survey page opened from a signed single-use link (no login): {@code GET} the form,
 * {@code POST} the answer (form fields: each question's id with a score 1–5, and {@code comment}). Answered → 409,
 * expired → 410, invalid → 400, always as a small page that names nothing of the tenant.
 */
@Path("/api/v1/public/surveys")
@Public
@SecurityRequirements
@Produces(MediaType.TEXT_HTML)
public class PublicSurveyResource {
    private final SurveyService surveys;

    PublicSurveyResource(SurveyService surveys) {
        this.surveys = surveys;
    }

    @GET
    @Path("/{token}")
    public Response form(@PathParam("token") String token, @Context HttpHeaders headers) {
        return guarded(headers, () -> {
            SurveyForm form = surveys.form(token);
            return formPage(200, form, null);
        });
    }

    @POST
    @Path("/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("token") String token, MultivaluedMap<String, String> fields,
                           @Context HttpHeaders headers) {
        return guarded(headers, () -> {
            Map<String, Integer> scores = new HashMap<>();
            fields.forEach((name, values) -> {
                if (!"comment".equals(name) && !values.isEmpty()) {
                    scores.put(name, score(values.getFirst()));
                }
            });
            try {
                surveys.answer(token, scores, fields.getFirst("comment"));
            } catch (ValidationFailed e) {
                return formPage(422, surveys.form(token), e.errors().getFirst().message());
            }
            String lang = PublicPages.language(headers);
            return PublicPages.page(200, lang, t(lang, "Спасибо!", "Thank you!"),
                    "<p>" + escape(t(lang, "Ваш ответ сохранён.", "Your answer has been saved.")) + "</p>");
        });
    }

    private static Integer score(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Response guarded(HttpHeaders headers, Supplier<Response> page) {
        String lang = PublicPages.language(headers);
        try {
            return page.get();
        } catch (InvalidLink e) {
            return UnsubscribeResource.invalidPage(lang);
        } catch (SurveyClosed e) {
            return e.why() == SurveyClosed.Why.ANSWERED
                    ? PublicPages.page(409, lang, t(lang, "Ответ уже получен", "Already answered"),
                    "<p>" + escape(t(lang, "Спасибо, по этой ссылке уже ответили.", "Thank you, this survey has been answered.")) + "</p>")
                    : PublicPages.page(410, lang, t(lang, "Срок ссылки истёк", "This link has expired"),
                    "<p>" + escape(t(lang, "Опрос по этой ссылке закрыт.", "This survey is closed.")) + "</p>");
        }
    }

    private static Response formPage(int status, SurveyForm form, String error) {
        String lang = form.locale();
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(escape(form.contactName())).append(", ")
                .append(escape(t(lang, "оцените, пожалуйста, работу с нами от 1 до 5.",
                        "please rate working with us from 1 to 5."))).append("</p>");
        if (error != null) {
            body.append("<p role=\"alert\"><strong>").append(escape(error)).append("</strong></p>");
        }
        body.append("<form method=\"post\">");
        for (SurveyQuestion q : form.questions()) {
            body.append("<fieldset><legend>").append(escape(q.text(lang))).append("</legend>");
            for (int score = 1; score <= 5; score++) {
                body.append("<label><input type=\"radio\" required name=\"").append(escape(q.id()))
                        .append("\" value=\"").append(score).append("\"> ").append(score).append("</label> ");
            }
            body.append("</fieldset>");
        }
        body.append("<p><label>").append(escape(t(lang, "Комментарий", "Comment")))
                .append("<br><textarea name=\"comment\" rows=\"4\" cols=\"40\" maxlength=\"")
                .append(SurveyService.MAX_COMMENT).append("\"></textarea></label></p>")
                .append("<button type=\"submit\">").append(escape(t(lang, "Отправить", "Send"))).append("</button></form>");
        return PublicPages.page(status, lang, t(lang, "Опрос удовлетворённости", "Satisfaction survey"), body.toString());
    }
}
