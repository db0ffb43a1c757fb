package dev.fieldcrm.api.informing;

import dev.fieldcrm.api.auth.Public;
import dev.fieldcrm.api.errors.Problem;
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

import java.net.URI;

/**
 * The short public routes put into messages, so that a link fits a Cyrillic SMS next to its text:
 * {@code GET /s/{token}} and {@code GET /u/{token}} redirect (303) to the survey and unsubscribe pages under
 * {@code /api/v1/public/}; {@code POST /u/{token}} unsubscribes at once, because an RFC 8058 one-click POST goes to
 * the URL of the {@code List-Unsubscribe} header and mail providers need not follow a redirect. The token is not
 * checked here: the page it lands on checks it, and answers every invalid token alike.
 */
@Path("/")
@Public
@SecurityRequirements
public class ShortLinkResource {
    private static final String TOKEN = "{token: [A-Za-z0-9_-]{1,200}}";

    private final String surveyPage;
    private final String unsubscribePage;
    private final UnsubscribeResource unsubscribes;

    ShortLinkResource(LinkConfig config, UnsubscribeResource unsubscribes) {
        this.surveyPage = config.publicBaseUrl() + "/api/v1/public/surveys/";
        this.unsubscribePage = config.publicBaseUrl() + "/api/v1/public/unsubscribe/";
        this.unsubscribes = unsubscribes;
    }

    @GET
    @Path("s/" + TOKEN)
    public Response survey(@PathParam("token") String token) {
        return Response.seeOther(URI.create(surveyPage + token)).build();
    }

    @GET
    @Path("u/" + TOKEN)
    public Response unsubscribePage(@PathParam("token") String token) {
        return Response.seeOther(URI.create(unsubscribePage + token)).build();
    }

    @POST
    @Path("u/" + TOKEN)
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.TEXT_HTML, Problem.MEDIA_TYPE})
    public Response unsubscribe(@PathParam("token") String token, @Context HttpHeaders headers) {
        return unsubscribes.unsubscribe(token, headers);
    }
}
