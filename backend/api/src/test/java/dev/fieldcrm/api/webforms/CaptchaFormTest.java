package dev.fieldcrm.api.webforms;

import dev.fieldcrm.api.support.CaptchaStub;
import dev.fieldcrm.api.support.DynamoCalls;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.api.webforms.FormFixtures.Form;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static dev.fieldcrm.api.webforms.FormFixtures.SITE;
import static dev.fieldcrm.api.webforms.FormFixtures.counts;
import static dev.fieldcrm.api.webforms.FormFixtures.form;
import static dev.fieldcrm.api.webforms.FormFixtures.guard;
import static dev.fieldcrm.api.webforms.FormFixtures.item;
import static dev.fieldcrm.api.webforms.FormFixtures.newForm;
import static dev.fieldcrm.api.webforms.FormFixtures.submission;
import static dev.fieldcrm.api.webforms.FormFixtures.token;
import static dev.fieldcrm.api.webforms.FormFixtures.visitor;
import static dev.fieldcrm.api.webforms.FormFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** CAPTCHA-checked forms against a local siteverify stub ({@link CaptchaStub}): the answer depends on the token. */
@QuarkusTest
class CaptchaFormTest {
    private static final String SECRET = "0x4AAAAAAA-test-secret";

    @Inject
    DynamoCalls calls;

    private static Map<String, Object> captchaForm(String provider) {
        return with(form("Contact us"), "captcha", Map.of("provider", provider, "siteKey", "site-key-1", "secret", SECRET));
    }

    private static Response submit(Form form, String submissionId, String captcha) {
        Map<String, Object> body = new HashMap<>(submission(submissionId, token(form.key()), "anna@example.com"));
        if (captcha != null) {
            body.put("captcha", captcha);
        }
        return FormFixtures.submit(form, body);
    }

    private static String unique(String prefix) {
        return prefix + "-" + TestData.next() + "-" + System.nanoTime();
    }

    @Test
    void theSecret_isNeverReturned_butTheConfigNamesTheProviderSiteKeyAndWidgetScript() {
        Form form = newForm(captchaForm("TURNSTILE"));

        String read = as(form.tenant(), "boss").get("/api/v1/web-forms/" + form.id()).then().statusCode(200)
                .body("captcha.provider", equalTo("TURNSTILE")).body("captcha.siteKey", equalTo("site-key-1"))
                .extract().asString();
        String list = as(form.tenant(), "mia").get("/api/v1/web-forms").then().statusCode(200).extract().asString();
        String config = visitor().header("Origin", SITE).get("/api/v1/forms/" + form.key()).then().statusCode(200)
                .body("captcha.provider", equalTo("TURNSTILE")).body("captcha.siteKey", equalTo("site-key-1"))
                .body("captcha.scriptUrl", endsWith("/widget.js?api=turnstile")) // the test profile's fake widget
                .extract().asString();

        assertThat(read).doesNotContain(SECRET).doesNotContain("secret");
        assertThat(list).doesNotContain(SECRET);
        assertThat(config).doesNotContain(SECRET).doesNotContain("secret");
    }

    @Test
    void aPassedCheck_storesTheSubmission_afterOneCallToTheProvider_withSecretResponseAndAddress() {
        Form form = newForm(captchaForm("TURNSTILE"));
        String response = unique("pass");
        calls.reset();

        submit(form, "cap-pass-0001", response).then().statusCode(202).body("status", equalTo("received"));

        // The config's GetItem, then the submission's usual three: the CAPTCHA adds an HTTP call, no DynamoDB call.
        assertThat(calls.made()).containsExactly("GetItem", "GetItem", "UpdateItem", "TransactWriteItems");

        assertThat(CaptchaStub.callsWith(response)).singleElement().satisfies(call -> {
            assertThat(call.provider()).isEqualTo("TURNSTILE");
            assertThat(call.form()).containsEntry("secret", SECRET).containsKey("remoteip");
        });
        assertThat(guard(form.tenant(), form.id(), "SUB", "cap-pass-0001")).isNotEmpty();
        assertThat(counts(form.tenant(), form.id()).getLong("received")).isEqualTo(1);
    }

    @Test
    void aFailedOrMissingCheck_isAnsweredLikeAPerson_butStoresNothing_andCountsAsSpam() {
        Form form = newForm(captchaForm("RECAPTCHA"));
        String response = unique("wrong");

        String failed = submit(form, "cap-fail-0001", response).then().statusCode(202).extract().asString();
        String missing = submit(form, "cap-miss-0001", null).then().statusCode(202).extract().asString();

        assertThat(failed).isEqualTo(missing).contains("\"status\":\"received\"");
        assertThat(CaptchaStub.callsWith(response)).singleElement()
                .satisfies(call -> assertThat(call.provider()).isEqualTo("RECAPTCHA"));
        assertThat(guard(form.tenant(), form.id(), "SUB", "cap-fail-0001")).isEmpty();
        assertThat(guard(form.tenant(), form.id(), "SUB", "cap-miss-0001")).isEmpty();
        JsonPath counts = counts(form.tenant(), form.id());
        assertThat(counts.getLong("spamCaptcha")).isEqualTo(2);
        assertThat(counts.getLong("received")).isZero();
    }

    @Test
    void anUnavailableProvider_is503WithRetryAfter_andStoresNothing() {
        Form form = newForm(captchaForm("TURNSTILE"));

        // An HTTP 500, the provider's own internal-error, and an answer later than the deadline.
        for (String response : new String[]{unique("down"), unique("internal"), unique("slow")}) {
            String id = "cap-" + response.substring(0, 4) + "-0001";
            assertThat(assertProblem(submit(form, id, response).then().header("Retry-After", "30")
                    .header("Access-Control-Allow-Origin", SITE).extract().response(), 503).getString("type"))
                    .endsWith("captcha-unavailable");
            assertThat(guard(form.tenant(), form.id(), "SUB", id)).isEmpty();
        }
        assertThat(counts(form.tenant(), form.id()).getLong("captchaUnavailable")).isEqualTo(3);
    }

    @Test
    void aFormWithoutCaptcha_neverCallsTheProvider_evenWhenATokenIsSent() {
        Form form = newForm(form("Contact us"));
        String response = unique("pass");

        submit(form, "cap-none-0001", response).then().statusCode(202);
        visitor().get("/api/v1/forms/" + form.key()).then().statusCode(200).body("captcha", nullValue());

        assertThat(CaptchaStub.callsWith(response)).isEmpty();
        assertThat(guard(form.tenant(), form.id(), "SUB", "cap-none-0001")).isNotEmpty();
    }

    @Test
    void anInvalidField_isRefusedBeforeTheProviderIsAsked_soTheVisitorKeepsTheirResponse() {
        Form form = newForm(captchaForm("TURNSTILE"));
        String response = unique("pass");
        Map<String, Object> body = new HashMap<>(submission("cap-bad-00001", token(form.key()), "not-an-email"));
        body.put("captcha", response);

        Response answer = visitor().header("Origin", SITE).body(body).post("/api/v1/forms/" + form.key() + "/submissions");

        assertThat(fields(assertProblem(answer, 422))).contains("fields.email");
        assertThat(CaptchaStub.callsWith(response)).isEmpty();
    }

    @Test
    void aPlainHtmlForm_sendsTheWidgetsResponseField() {
        Form form = newForm(captchaForm("RECAPTCHA"));
        String response = unique("pass");

        RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("submissionId", "cap-html-0001").formParam("token", token(form.key()))
                .formParam("name", "Oleg").formParam("email", "oleg@example.com").formParam("consent.privacy", "on")
                .formParam("g-recaptcha-response", response)
                .post("/api/v1/forms/" + form.key() + "/submissions")
                .then().statusCode(303).header("Location", containsString("/thanks"));

        assertThat(CaptchaStub.callsWith(response)).hasSize(1);
        assertThat(guard(form.tenant(), form.id(), "SUB", "cap-html-0001")).isNotEmpty();
    }

    @Test
    void anUpdateWithoutTheSecret_keepsTheStoredOne_butANewProviderNeedsItsOwn() {
        Form form = newForm(captchaForm("TURNSTILE"));
        Map<String, Object> sameProvider = with(form("Contact us"), "captcha",
                Map.of("provider", "TURNSTILE", "siteKey", "site-key-2"));
        as(form.tenant(), "boss").header("If-Match", "\"1\"").body(sameProvider)
                .put("/api/v1/web-forms/" + form.id()).then().statusCode(200).body("captcha.siteKey", equalTo("site-key-2"));
        String response = unique("pass");

        submit(form, "cap-kept-0001", response).then().statusCode(202);
        assertThat(CaptchaStub.callsWith(response)).singleElement()
                .satisfies(call -> assertThat(call.form()).containsEntry("secret", SECRET));
        assertThat(item("FORMKEY#" + form.key(), "FORMKEY").get("form").m().get("captcha").m().get("secret").s())
                .isEqualTo(SECRET);

        Map<String, Object> otherProvider = with(form("Contact us"), "captcha",
                Map.of("provider", "RECAPTCHA", "siteKey", "site-key-3"));
        Response refused = as(form.tenant(), "boss").header("If-Match", "\"2\"").body(otherProvider)
                .put("/api/v1/web-forms/" + form.id());
        assertThat(fields(assertProblem(refused, 422))).contains("captcha.secret");
    }
}
