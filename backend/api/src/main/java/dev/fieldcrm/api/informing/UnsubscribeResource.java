package dev.fieldcrm.api.informing;

import dev.fieldcrm.api.auth.Public;
import dev.fieldcrm.api.errors.Problem;
import dev.fieldcrm.core.informing.InvalidLink;
import dev.fieldcrm.core.informing.UnsubscribeTarget;
import dev.fieldcrm.core.informing.Unsubscribes;
import dev.fieldcrm.core.notify.Channel;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

import static dev.fieldcrm.api.informing.PublicPages.escape;
import static dev.fieldcrm.api.informing.PublicPages.t;

/**
 * One-click unsubscribe from a mailing, without a login (the link's signed token is the only credential; API Gateway
 * routes {@code /api/v1/public/*} without the JWT authorizer). {@code GET} shows a confirmation page with a button
 * (mail scanners prefetch links, so a GET never unsubscribes); {@code POST} unsubscribes — the form's button and
 * RFC 8058 one-click ({@code List-Unsubscribe=One-Click}) alike. An invalid token is answered the same way whatever
 * is wrong with it, and names nothing of the tenant.
 */
@Path("/api/v1/public/unsubscribe")
@Public
@SecurityRequirements
public class UnsubscribeResource {
    private final Unsubscribes unsubscribes;

    UnsubscribeResource(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @GET
    @Path("/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("token") String token, @Context HttpHeaders headers) {
        String lang = PublicPages.language(headers);
        UnsubscribeTarget target;
        try {
            target = unsubscribes.check(token);
        } catch (InvalidLink e) {
            return invalidPage(lang);
        }
        String what = what(lang, target);
        if (target.unsubscribed()) {
            return PublicPages.page(200, lang, t(lang, "Вы отписаны", "You are unsubscribed"),
                    "<p>" + escape(t(lang, "Мы больше не пишем вам " + what + ".", "We no longer send " + what + ".")) + "</p>");
        }
        return PublicPages.page(200, lang, t(lang, "Отписаться от рассылки", "Unsubscribe"),
                "<p>" + escape(t(lang, "Больше не присылать " + what + "?", "Stop sending " + what + "?")) + "</p>"
                        + "<form method=\"post\"><button type=\"submit\">"
                        + escape(t(lang, "Отписаться", "Unsubscribe")) + "</button></form>");
    }

    @POST
    @Path("/{token}")
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE})
    public Response unsubscribe(@PathParam("token") String token, @Context HttpHeaders headers) {
        String lang = PublicPages.language(headers);
        UnsubscribeTarget target;
        try {
            target = unsubscribes.unsubscribe(token);
        } catch (InvalidLink e) {
            return Problem.response(400, "invalid-link", "Invalid link", "this link is not valid");
        }
        return PublicPages.page(200, lang, t(lang, "Вы отписаны", "You are unsubscribed"),
                "<p>" + escape(t(lang, "Мы больше не пишем вам " + what(lang, target) + ".",
                        "We no longer send " + what(lang, target) + ".")) + "</p>");
    }

    private static String what(String lang, UnsubscribeTarget target) {
        return target.channel() == Channel.SMS
                ? t(lang, "SMS на номер ", "text messages to ") + target.maskedAddress()
                : t(lang, "письма на адрес ", "emails to ") + target.maskedAddress();
    }

    static Response invalidPage(String lang) {
        return PublicPages.page(400, lang, t(lang, "Ссылка недействительна", "This link is not valid"),
                "<p>" + escape(t(lang, "Проверьте, что ссылка скопирована целиком.",
                        "Please check that the whole link was copied.")) + "</p>");
    }
}
