package dev.fieldcrm.api.webforms;

import dev.fieldcrm.api.auth.Public;
import dev.fieldcrm.api.informing.PublicPages;
import dev.fieldcrm.core.informing.InvalidLink;
import dev.fieldcrm.core.leads.ConsentConfirmations;
import dev.fieldcrm.core.leads.LinkExpired;
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

import java.util.function.Function;

import static dev.fieldcrm.api.informing.PublicPages.escape;
import static dev.fieldcrm.api.informing.PublicPages.t;

/**
 * The double opt-in page a web form's email links to, without a login (the signed token is the only credential; in
 * AWS the {@code /api/v1/forms/*} routes have no JWT authorizer). {@code GET} shows what is to be confirmed with a
 * button — mail scanners prefetch links, so a GET never confirms; {@code POST} confirms, once. Any invalid token is
 * answered with the same 404 page, naming nothing of the tenant; a genuine but expired one with 410.
 */
@Path("/api/v1/forms/confirm/{token}")
@Public
@SecurityRequirements
public class ConsentConfirmResource {
    private final ConsentConfirmations confirmations;
    private final ClientAddress address;

    ConsentConfirmResource(ConsentConfirmations confirmations, ClientAddress address) {
        this.confirmations = confirmations;
        this.address = address;
    }

    /** The page with the confirm button. 1 GetItem. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@PathParam("token") String token, @Context HttpHeaders headers) {
        return answer(headers, () -> confirmations.check(token), view -> view.confirmed() ? done(view)
                : PublicPages.page(200, view.locale(), t(view.locale(), "Подтвердите подписку", "Confirm your subscription"),
                "<p>" + escape(t(view.locale(), "Присылать новости на адрес " + view.maskedEmail() + "?",
                        "Send news to " + view.maskedEmail() + "?")) + "</p>"
                        + "<form method=\"post\"><button type=\"submit\">"
                        + escape(t(view.locale(), "Подтвердить", "Confirm")) + "</button></form>"));
    }

    /** Confirms (a repeat changes nothing). GetItem · GetItem lead or Query card · TransactWriteItems. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@PathParam("token") String token, @Context HttpHeaders headers) {
        return answer(headers, () -> confirmations.confirm(token, address.current()), ConsentConfirmResource::done);
    }

    private static Response done(ConsentConfirmations.ConsentView view) {
        return PublicPages.page(200, view.locale(), t(view.locale(), "Подписка подтверждена", "Subscription confirmed"),
                "<p>" + escape(t(view.locale(), "Спасибо! Мы будем присылать новости на адрес " + view.maskedEmail() + ".",
                        "Thank you! We will send news to " + view.maskedEmail() + ".")) + "</p>");
    }

    private static Response answer(HttpHeaders headers, java.util.function.Supplier<ConsentConfirmations.ConsentView> action,
                                   Function<ConsentConfirmations.ConsentView, Response> page) {
        String lang = PublicPages.language(headers);
        try {
            return page.apply(action.get());
        } catch (InvalidLink e) {
            return PublicPages.page(404, lang, t(lang, "Ссылка недействительна", "This link is not valid"),
                    "<p>" + escape(t(lang, "Проверьте, что ссылка скопирована целиком.",
                            "Please check that the whole link was copied.")) + "</p>");
        } catch (LinkExpired e) {
            return PublicPages.page(410, lang, t(lang, "Срок ссылки истёк", "This link has expired"),
                    "<p>" + escape(t(lang, "Отправьте форму ещё раз, и мы пришлём новую ссылку.",
                            "Send the form again and we will email you a new link.")) + "</p>");
        }
    }
}
