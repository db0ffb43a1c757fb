package dev.fieldcrm.api.webforms;

import dev.fieldcrm.api.support.Api;
import dev.fieldcrm.api.support.DynamoDbLocalResource;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.fieldcrm.api.support.Api.as;

/** A tenant with an admin, a manager and a rep, and forms created through the admin API. */
public final class FormFixtures {
    public static final String SITE = "https://shop.example.com";

    private FormFixtures() {
    }

    public static String newTenant() {
        String tenant = "wf" + TestData.next();
        DynamoUserStore users = new DynamoUserStore(DynamoDbLocalResource.client(), DynamoDbLocalResource.TABLE);
        users.save(tenant, new User("boss", "Boss", "boss@example.com", Set.of(Role.ADMIN), "hq", "UTC", "en", true, 1));
        users.save(tenant, new User("mia", "Mia", "mia@example.com", Set.of(Role.MANAGER), "north", "UTC", "en", true, 1));
        users.save(tenant, new User("rob", "Rob", "rob@example.com", Set.of(Role.REP), "north", "UTC", "en", true, 1));
        Api.token(tenant, "boss");
        Api.token(tenant, "mia");
        Api.token(tenant, "rob");
        return tenant;
    }

    /** A contact form: name (required), email (required), phone, message, a custom "budget", a required consent. */
    public static Map<String, Object> form(String name) {
        Map<String, Object> form = new HashMap<>();
        form.put("name", name);
        form.put("allowedOrigins", List.of(SITE, "http://localhost:5173"));
        form.put("fields", List.of(
                Map.of("name", "name", "label", "Your name", "type", "text", "required", true),
                Map.of("name", "email", "label", "Email", "type", "email", "required", true),
                Map.of("name", "phone", "label", "Phone", "type", "tel", "required", false),
                Map.of("name", "message", "label", "Message", "type", "textarea", "required", false, "maxLength", 1000),
                Map.of("name", "budget", "label", "Budget", "type", "text", "required", false, "maxLength", 20)));
        form.put("consents", List.of(Map.of("name", "privacy", "label", "I accept the privacy policy", "required", true)));
        form.put("routing", Map.of("source", "website-form"));
        form.put("minFillSeconds", 0);
        return form;
    }

    public static Map<String, Object> with(Map<String, Object> form, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(form);
        changed.put(key, value);
        return changed;
    }

    public static JsonPath create(String tenant, Map<String, Object> form) {
        return as(tenant, "boss").body(form).post("/api/v1/web-forms").then().statusCode(201).extract().jsonPath();
    }

    public static RequestSpecification visitor() {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** The config's time-trap token, as the snippet gets it. */
    public static String token(String key) {
        return visitor().get("/api/v1/forms/" + key).then().statusCode(200).extract().path("token");
    }

    public static Map<String, Object> submission(String submissionId, String token, String email) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", "Anna Petrova");
        fields.put("email", email);
        fields.put("message", "Please call me back");
        fields.put("budget", "5000");
        fields.put("website", "");
        return Map.of("submissionId", submissionId, "token", token, "fields", fields,
                "consents", Map.of("privacy", true), "tracking", Map.of("utm_source", "google", "page", SITE + "/contact"));
    }

    /** The request holding a form's submission-id guard (empty when none was stored). */
    public static Map<String, AttributeValue> guard(String tenant, String formId, String kind, String value) {
        return item("T#" + tenant + "#INBOUND_KEY#FORM#" + formId + "#" + kind + "#" + value, "GUARD");
    }

    public static Map<String, AttributeValue> inbound(String tenant, String requestId) {
        return item("T#" + tenant + "#INBOUND#" + requestId, "INBOUND");
    }

    public static Map<String, AttributeValue> item(String pk, String sk) {
        return DynamoDbLocalResource.client().getItem(g -> g.tableName(DynamoDbLocalResource.TABLE).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))).item();
    }

    public static JsonPath counts(String tenant, String formId) {
        return as(tenant, "boss").get("/api/v1/web-forms/" + formId + "/counts").then().statusCode(200).extract().jsonPath();
    }
}
