package dev.fieldcrm.api.embed;

import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;

/** The example site's web form, made and read through the admin API by a tenant's admin (acme's unless named). */
final class WebForms {
    static final String THANK_YOU = "Thanks! A specialist will call you back today.";
    static final String SITE_KEY = "site-key-widget";

    private WebForms() {
    }

    /** A new form that the given origins may embed, with no minimum fill time (a test fills it in milliseconds). */
    static JsonPath create(String... allowedOrigins) {
        return createFor("acme", allowedOrigins);
    }

    /** {@link #create} by {@code tenant}'s admin (user id {@code adm}). */
    static JsonPath createFor(String tenant, String... allowedOrigins) {
        return as(tenant, "adm").body(input(allowedOrigins)).post("/api/v1/web-forms").then().statusCode(201)
                .extract().jsonPath();
    }

    /** The same form with Turnstile in front of it (the test profile loads the widget from {@code CaptchaStub}). */
    static JsonPath createWithCaptcha(String... allowedOrigins) {
        Map<String, Object> input = new java.util.HashMap<>(input(allowedOrigins));
        input.put("captcha", Map.of("provider", "TURNSTILE", "siteKey", SITE_KEY, "secret", "widget-secret"));
        return as("acme", "adm").body(input).post("/api/v1/web-forms").then().statusCode(201).extract().jsonPath();
    }

    /** The admin changes the form's allowed origins to {@code origins} alone. */
    static void allowOnly(JsonPath form, String... origins) {
        as("acme", "adm").header("If-Match", "\"" + form.getLong("version") + "\"").body(input(origins))
                .put("/api/v1/web-forms/" + form.getString("id")).then().statusCode(200);
    }

    private static Map<String, Object> input(String... allowedOrigins) {
        return Map.of(
                "name", "Ask for a quote",
                "allowedOrigins", List.of(allowedOrigins),
                "fields", List.of(
                        field("name", "Your name", "text", true),
                        field("email", "Email", "email", false),
                        field("phone", "Phone", "tel", false),
                        field("message", "How can we help?", "textarea", false)),
                "consents", List.of(Map.of("name", "privacy", "label", "I agree to be contacted about my request",
                        "required", true)),
                "submitLabel", "Send request",
                "thankYouMessage", THANK_YOU,
                "minFillSeconds", 0);
    }

    /** What the form's public endpoint counted: received, spamHoneypot, spamTooFast, spamToken, rateLimited, replays. */
    static JsonPath counts(String formId) {
        return counts("acme", formId);
    }

    static JsonPath counts(String tenant, String formId) {
        return as(tenant, "adm").get("/api/v1/web-forms/" + formId + "/counts").then().statusCode(200)
                .extract().jsonPath();
    }

    /** How many submissions the form's endpoint stored as inbound requests. */
    static long received(JsonPath form) {
        return received("acme", form);
    }

    static long received(String tenant, JsonPath form) {
        return counts(tenant, form.getString("id")).getLong("received");
    }

    private static Map<String, Object> field(String name, String label, String type, boolean required) {
        return Map.of("name", name, "label", label, "type", type, "required", required);
    }
}
