package dev.fieldcrm.api.webforms;

import dev.fieldcrm.api.support.DynamoCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static dev.fieldcrm.api.webforms.FormFixtures.SITE;
import static dev.fieldcrm.api.webforms.FormFixtures.counts;
import static dev.fieldcrm.api.webforms.FormFixtures.create;
import static dev.fieldcrm.api.webforms.FormFixtures.form;
import static dev.fieldcrm.api.webforms.FormFixtures.guard;
import static dev.fieldcrm.api.webforms.FormFixtures.inbound;
import static dev.fieldcrm.api.webforms.FormFixtures.newTenant;
import static dev.fieldcrm.api.webforms.FormFixtures.submission;
import static dev.fieldcrm.api.webforms.FormFixtures.token;
import static dev.fieldcrm.api.webforms.FormFixtures.visitor;
import static dev.fieldcrm.api.webforms.FormFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PublicFormTest {
    @Inject
    DynamoCalls calls;

    private record Form(String tenant, String id, String key) {
    }

    private static Form newForm(Map<String, Object> form) {
        String tenant = newTenant();
        JsonPath created = create(tenant, form);
        return new Form(tenant, created.getString("id"), created.getString("publicKey"));
    }

    private static Response submit(Form form, Object body) {
        return visitor().header("Origin", SITE).body(body).post("/api/v1/forms/" + form.key() + "/submissions");
    }

    @Test
    void theConfig_givesTheSnippetTheFormAndAToken_withCorsForAnAllowedOrigin_inOneRead() {
        Form form = newForm(form("Contact us"));
        calls.reset();

        String body = visitor().header("Origin", SITE).get("/api/v1/forms/" + form.key()).then().statusCode(200)
                .header("Access-Control-Allow-Origin", SITE).header("Vary", "Origin")
                .body("formKey", equalTo(form.key())).body("name", equalTo("Contact us"))
                .body("fields[1].name", equalTo("email")).body("fields[1].type", equalTo("email"))
                .body("fields[0].maxLength", equalTo(200)).body("fields[3].type", equalTo("textarea"))
                .body("consents[0].required", equalTo(true)).body("honeypot", equalTo("website"))
                .body("submitLabel", equalTo("Send")).body("redirectUrl", nullValue())
                .extract().asString();

        assertThat(calls.made()).containsExactly("GetItem");
        assertThat(body).contains("\"redirectUrl\":null").doesNotContain(form.tenant()).doesNotContain(form.id());
    }

    @Test
    void aJsonSubmission_is202_andStoresOneInboundRequest_withGetUpdateAndOneTransaction() {
        Form form = newForm(form("Contact us"));
        String token = token(form.key());
        calls.reset();

        submit(form, submission("sub-00000001", token, "Anna@Example.com")).then().statusCode(202)
                .header("Access-Control-Allow-Origin", SITE)
                .body("status", equalTo("received")).body("message", equalTo("Thank you! We will get back to you soon."))
                .body("redirectUrl", nullValue());

        assertThat(calls.made()).containsExactly("GetItem", "UpdateItem", "TransactWriteItems");
        String requestId = guard(form.tenant(), form.id(), "SUB", "sub-00000001").get("holderId").s();
        Map<String, AttributeValue> request = inbound(form.tenant(), requestId);
        assertThat(request.get("status").s()).isEqualTo("RECEIVED");
        assertThat(request.get("channel").s()).isEqualTo("WEB_FORM");
        assertThat(request.get("sourceId").s()).isEqualTo(form.id());
        assertThat(request.get("externalId").s()).isEqualTo("sub-00000001");
        assertThat(request.get("fields").m().get("email").s()).isEqualTo("Anna@Example.com");
        assertThat(request.get("fields").m().get("custom").m().get("budget").s()).isEqualTo("5000");
        assertThat(request.get("fields").m().get("consents").m().get("privacy").bool()).isTrue();
        assertThat(request.get("tracking").m().get("utm_source").s()).isEqualTo("google");
        assertThat(request.get("routing").m().get("source").s()).isEqualTo("website-form");
        assertThat(counts(form.tenant(), form.id()).getLong("received")).isEqualTo(1);
    }

    @Test
    void aPlainHtmlForm_isAnswered303ToTheThankYouPage_orToTheFormsRedirectUrl() {
        Form form = newForm(form("Contact us"));
        String token = token(form.key());

        RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("submissionId", "html-0000001").formParam("token", token).formParam("name", "Oleg")
                .formParam("email", "oleg@example.com").formParam("consent.privacy", "on").formParam("utm_source", "mail")
                .post("/api/v1/forms/" + form.key() + "/submissions")
                .then().statusCode(303).header("Location", containsString("/api/v1/forms/" + form.key() + "/thanks"));
        RestAssured.given().get("/api/v1/forms/" + form.key() + "/thanks").then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("Thank you! We will get back to you soon."));
        String requestId = guard(form.tenant(), form.id(), "SUB", "html-0000001").get("holderId").s();
        assertThat(inbound(form.tenant(), requestId).get("tracking").m().get("utm_source").s()).isEqualTo("mail");

        Form redirecting = newForm(with(form("Contact us"), "redirectUrl", "https://shop.example.com/thanks"));
        RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("token", token(redirecting.key())).formParam("name", "Oleg")
                .formParam("email", "oleg@example.com").formParam("consent.privacy", "on")
                .post("/api/v1/forms/" + redirecting.key() + "/submissions")
                .then().statusCode(303).header("Location", equalTo("https://shop.example.com/thanks"));
        assertThat(counts(redirecting.tenant(), redirecting.id()).getLong("received")).isEqualTo(1);
    }

    @Test
    void aPlainHtmlFormMissingARequiredField_getsAnHtmlPageWith422_namingIt() {
        Form form = newForm(form("Contact us"));
        RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("token", token(form.key())).formParam("name", "Oleg").formParam("consent.privacy", "on")
                .post("/api/v1/forms/" + form.key() + "/submissions")
                .then().statusCode(422).contentType(containsString("text/html")).body(containsString("fields.email"));
        assertThat(counts(form.tenant(), form.id()).getLong("received")).isZero();
    }

    @Test
    void theSameSubmissionIdAgain_is202_butStoresNothingNew_andCountsAReplay() {
        Form form = newForm(form("Contact us"));
        String token = token(form.key());
        submit(form, submission("sub-replay-1", token, "anna@example.com")).then().statusCode(202);
        String first = guard(form.tenant(), form.id(), "SUB", "sub-replay-1").get("holderId").s();
        calls.reset();

        submit(form, submission("sub-replay-1", token, "anna@example.com")).then().statusCode(202).body("status", equalTo("received"));

        assertThat(calls.made()).containsExactly("GetItem", "UpdateItem", "TransactWriteItems", "UpdateItem");
        assertThat(guard(form.tenant(), form.id(), "SUB", "sub-replay-1").get("holderId").s()).isEqualTo(first);
        JsonPath counts = counts(form.tenant(), form.id());
        assertThat(counts.getLong("received")).isEqualTo(1);
        assertThat(counts.getLong("replays")).isEqualTo(1);
    }

    @Test
    void aDoubleSubmitWithANewIdAndTheSameContent_withinTheWindow_storesOneRequest() {
        Form form = newForm(form("Contact us"));
        String token = token(form.key());
        submit(form, submission("double-0001", token, "anna@example.com")).then().statusCode(202);

        submit(form, submission("double-0002", token, "  ANNA@example.com ")).then().statusCode(202);

        assertThat(guard(form.tenant(), form.id(), "SUB", "double-0002")).isEmpty();
        assertThat(counts(form.tenant(), form.id()).getLong("received")).isEqualTo(1);
        assertThat(counts(form.tenant(), form.id()).getLong("replays")).isEqualTo(1);
        submit(form, submission("double-0003", token, "boris@example.com")).then().statusCode(202);
        assertThat(counts(form.tenant(), form.id()).getLong("received")).isEqualTo(2);
    }

    @Test
    void aFilledHoneypot_gets202_storesNothing_andCountsSpam() {
        Form form = newForm(form("Contact us"));
        Map<String, Object> bot = new HashMap<>(submission("bot-000001", token(form.key()), "bot@example.com"));
        Map<String, Object> botFields = new HashMap<>((Map<String, Object>) bot.get("fields"));
        botFields.put("website", "http://cheap-pills.example");
        bot.put("fields", botFields);
        calls.reset();

        submit(form, bot).then().statusCode(202).body("status", equalTo("received"))
                .body("message", equalTo("Thank you! We will get back to you soon."));

        assertThat(calls.made()).containsExactly("GetItem", "UpdateItem", "UpdateItem");
        assertThat(guard(form.tenant(), form.id(), "SUB", "bot-000001")).isEmpty();
        JsonPath counts = counts(form.tenant(), form.id());
        assertThat(counts.getLong("spamHoneypot")).isEqualTo(1);
        assertThat(counts.getLong("received")).isZero();
    }

    @Test
    void tooFastAfterLoadingTheForm_orAForgedToken_gets202_storesNothing_andCountsSpam() {
        Form form = newForm(with(form("Contact us"), "minFillSeconds", 60));

        submit(form, submission("fast-000001", token(form.key()), "fast@example.com")).then().statusCode(202);
        submit(form, submission("forged-0001", "AQAAAABpZmFrZWZha2VmYWtlZmFrZWZh", "forged@example.com")).then().statusCode(202);
        Map<String, Object> noToken = new HashMap<>(submission("notoken-001", "x", "none@example.com"));
        noToken.remove("token");
        submit(form, noToken).then().statusCode(202);

        assertThat(guard(form.tenant(), form.id(), "SUB", "fast-000001")).isEmpty();
        JsonPath counts = counts(form.tenant(), form.id());
        assertThat(counts.getLong("spamTooFast")).isEqualTo(1);
        assertThat(counts.getLong("spamToken")).isEqualTo(2);
        assertThat(counts.getLong("received")).isZero();
    }

    @Test
    void aTokenOfAnotherForm_isSpamHere() {
        Form form = newForm(form("Contact us"));
        Form other = newForm(form("Other"));
        submit(form, submission("cross-00001", token(other.key()), "x@example.com")).then().statusCode(202);
        assertThat(counts(form.tenant(), form.id()).getLong("spamToken")).isEqualTo(1);
    }

    @Test
    void cors_anAllowedOriginsPreflightGetsTheHeaders_anotherOriginIsRefused() {
        Form form = newForm(form("Contact us"));

        for (String path : List.of("", "/submissions")) {
            io.restassured.http.Headers allowed = RestAssured.given().header("Origin", "http://localhost:5173")
                    .header("Access-Control-Request-Method", "POST")
                    .options("/api/v1/forms/" + form.key() + path).then().statusCode(204)
                    .header("Access-Control-Allow-Origin", "http://localhost:5173").header("Vary", "Origin")
                    .header("Access-Control-Allow-Headers", containsString("Content-Type")).extract().headers();
            // The Lambda response may carry a comma-separated header as several values.
            assertThat(String.join(",", allowed.getValues("Access-Control-Allow-Methods"))).contains("POST").contains("GET");
            RestAssured.given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "POST")
                    .options("/api/v1/forms/" + form.key() + path).then().statusCode(403)
                    .header("Access-Control-Allow-Origin", nullValue());
        }
        assertProblem(visitor().header("Origin", "https://shop.example.com.evil.example").get("/api/v1/forms/" + form.key()), 403);
        Response refused = visitor().header("Origin", "https://evil.example.com").body(submission("evil-000001", token(form.key()), "e@example.com"))
                .post("/api/v1/forms/" + form.key() + "/submissions");
        assertProblem(refused, 403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        assertThat(counts(form.tenant(), form.id()).getLong("received")).isZero();
    }

    @Test
    void anUnknownKeyIs404WithoutDetails_aDisabledForm410() {
        Form form = newForm(with(form("Contact us"), "enabled", false));

        JsonPath unknown = assertProblem(visitor().body(submission("unknown-001", "t", "a@example.com"))
                .post("/api/v1/forms/AAAAAAAAAAAAAAAAAAAAAA/submissions"), 404);
        assertThat(unknown.prettify()).doesNotContain("tenant");
        assertProblem(visitor().get("/api/v1/forms/not-even-a-key"), 404);
        assertProblem(submit(form, submission("disabled-01", "t", "a@example.com")), 410);
    }

    @Test
    void aBodyOver16KB_is413_andNothingIsStored() {
        Form form = newForm(form("Contact us"));
        Map<String, Object> huge = new HashMap<>(submission("huge-000001", token(form.key()), "a@example.com"));
        huge.put("fields", Map.of("name", "A", "email", "a@example.com", "message", "x".repeat(17 * 1024)));

        assertProblem(submit(form, huge), 413);
        assertThat(guard(form.tenant(), form.id(), "SUB", "huge-000001")).isEmpty();
    }

    @Test
    void badSubmissions_areRefusedWith400or422_namingTheField() {
        Form form = newForm(form("Contact us"));
        String token = token(form.key());
        Map<String, Object> noEmail = new HashMap<>(submission("bad-0000001", token, "a@example.com"));
        noEmail.put("fields", Map.of("name", "Anna", "budget", "x".repeat(21)));
        noEmail.put("consents", Map.of("privacy", false));

        assertThat(fields(assertProblem(submit(form, noEmail), 422)))
                .contains("fields.email", "fields.budget", "consents.privacy");
        assertThat(fields(assertProblem(submit(form, with(submission("x", token, "a@example.com"), "submissionId", "short")), 422)))
                .contains("submissionId");
        assertThat(fields(assertProblem(submit(form, with(submission("x", token, "a@example.com"), "submissionId", null)), 422)))
                .contains("submissionId");
        assertProblem(submit(form, "{\"submissionId\": "), 400);
        assertProblem(submit(form, "[1,2,3]"), 400);
        assertProblem(submit(form, with(submission("nested-0001", token, "a@example.com"), "fields", Map.of("name", Map.of("a", 1)))), 400);
        assertThat(counts(form.tenant(), form.id()).getLong("received")).isZero();
    }

    @Test
    void theEleventhSubmissionFromOneAddressInAMinute_is429WithRetryAfter() {
        Form form = newForm(form("Contact us"));
        String token = token(form.key());
        int accepted = 0;
        Response limited = null;
        for (int i = 0; i < 100 && limited == null; i++) {
            Response answer = submit(form, submission("rate-" + String.format("%06d", i), token, "r" + i + "@example.com"));
            if (answer.statusCode() == 429) {
                limited = answer;
            } else {
                answer.then().statusCode(202);
                accepted++;
            }
        }

        assertThat(limited).isNotNull();
        // 10 per UTC minute: a 429 means some window admitted 10 (a slow run may cross into a new window first).
        assertThat(accepted).isGreaterThanOrEqualTo(10);
        assertProblem(limited, 429);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(limited.header("Access-Control-Allow-Origin")).isEqualTo(SITE);
        assertThat(counts(form.tenant(), form.id()).getLong("rateLimited")).isEqualTo(1);
    }
}
