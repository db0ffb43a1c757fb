package dev.fieldcrm.api.lambda;

import dev.fieldcrm.api.lambda.ApiGatewayEvents.LambdaResponse;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The function as AWS runs it: API Gateway HTTP API events (payload 2.0) whose caller is in
 * {@code requestContext.authorizer.jwt.claims}, flattened to strings the way the JWT authorizer passes them.
 */
@QuarkusTest
class ApiGatewayEventTest {

    private static String rep1Client(String name) {
        return as("acme", "rep1").body(TestData.client(name)).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void authorizedEvent_readsTheCard_withTheCallerFromTheAuthorizerClaims() {
        String id = rep1Client("Event card " + TestData.next());

        LambdaResponse response = ApiGatewayEvents.authorized("acme", "rep1", "[rep]", "east")
                .get("/api/v1/clients/" + id).invoke();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().get("Content-Type")).startsWith("application/json");
        assertThat(response.headers().get("ETag")).isEqualTo("\"1\"");
        assertThat(response.json().getString("client.id")).isEqualTo(id);
        assertThat(response.json().getString("client.ownerId")).isEqualTo("rep1");
    }

    @Test
    void flattenedGroupsWithSeveralRoles_areAllRecognised() {
        String id = rep1Client("Event manager " + TestData.next());

        // The manager of team east sees rep1's client only if "manager" was read out of "[rep manager]".
        LambdaResponse response = ApiGatewayEvents.authorized("acme", "mgr", "[rep manager]", "east")
                .get("/api/v1/clients/" + id).invoke();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.json().getString("client.id")).isEqualTo(id);
    }

    @Test
    void eventWithoutAuthorizerAndWithoutToken_is401() {
        String id = rep1Client("Event anonymous " + TestData.next());

        LambdaResponse response = ApiGatewayEvents.anonymous().get("/api/v1/clients/" + id).invoke();

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().get("WWW-Authenticate")).isEqualTo("Bearer");
        Problems.assertProblemDocument(response.headers().get("Content-Type"), response.body(), 401);
    }

    @Test
    void claimsWithNoKnownRole_are401() {
        String id = rep1Client("Event role-less " + TestData.next());

        LambdaResponse response = ApiGatewayEvents.authorized("acme", "rep1", "[viewer]", "east")
                .get("/api/v1/clients/" + id).invoke();

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void claimsOfAnotherTenant_cannotReadTheClient() {
        String name = "Event foreign " + TestData.next();
        String id = rep1Client(name);

        // Same user name, same team name, another tenant: only custom:tenant differs.
        LambdaResponse response = ApiGatewayEvents.authorized("globex", "rep1", "[manager]", "east")
                .get("/api/v1/clients/" + id).invoke();

        assertThat(response.statusCode()).isEqualTo(404);
        Problems.assertProblemDocument(response.headers().get("Content-Type"), response.body(), 404);
        assertThat(response.body()).doesNotContain(name);
    }

    @Test
    void postEventWithAJsonBody_createsTheClient_withETag() {
        String name = "Event created " + TestData.next();
        Map<String, Object> body = TestData.client(name);

        LambdaResponse response = ApiGatewayEvents.authorized("acme", "rep2", "[rep]", "east")
                .post("/api/v1/clients", body).invoke();

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().get("ETag")).isEqualTo("\"1\"");
        String id = response.json().getString("id");
        assertThat(response.headers().get("Location")).isEqualTo("/api/v1/clients/" + id);
        assertThat(response.json().getString("ownerId")).isEqualTo("rep2");
        assertThat(response.json().getString("teamId")).isEqualTo("east");
        // Stored for the caller the claims named, and readable by them through plain HTTP.
        as("acme", "rep2").get("/api/v1/clients/" + id).then().statusCode(200);
    }

    @Test
    void responseOver8KB_carriesContentLength_andArrivesWholeOverHttp() {
        String prefix = "Bulky" + TestData.next();
        for (int i = 0; i < 15; i++) {
            rep1Client(prefix + " " + i);
        }

        LambdaResponse response = ApiGatewayEvents.authorized("acme", "rep1", "[rep]", "east")
                .get("/api/v1/clients", "q=" + prefix + "&limit=15").invoke();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(8192);
        assertThat(response.headers()).containsKey("Content-Length").doesNotContainKey("Transfer-Encoding");
        List<String> overHttp = as("acme", "rep1").queryParam("q", prefix).queryParam("limit", 15)
                .get("/api/v1/clients").then().statusCode(200).extract().path("items.id");
        assertThat(overHttp).hasSize(15);
    }

    @Test
    void embedSnippet_isServedToAnAnonymousEvent_asTheFileInTheModule() throws Exception {
        LambdaResponse response = ApiGatewayEvents.anonymous().get("/embed/fieldcrm-form.js").invoke();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().get("Content-Type")).contains("javascript");
        try (var file = getClass().getResourceAsStream("/META-INF/resources/embed/fieldcrm-form.js")) {
            assertThat(response.decodedBody()).isEqualTo(new String(file.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
