package dev.fieldcrm.api.webforms;

import dev.fieldcrm.api.support.DynamoCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static dev.fieldcrm.api.support.Problems.assertProblem;
import static dev.fieldcrm.api.support.Problems.fields;
import static dev.fieldcrm.api.webforms.FormFixtures.create;
import static dev.fieldcrm.api.webforms.FormFixtures.form;
import static dev.fieldcrm.api.webforms.FormFixtures.newTenant;
import static dev.fieldcrm.api.webforms.FormFixtures.visitor;
import static dev.fieldcrm.api.webforms.FormFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class WebFormApiTest {
    @Inject
    DynamoCalls calls;

    @Test
    void anAdminCreatesAForm_withARandomPublicKey_andReadsIt() {
        String tenant = newTenant();
        calls.reset();
        Response created = as(tenant, "boss").body(form("Contact us")).post("/api/v1/web-forms");

        created.then().statusCode(201).header("ETag", "\"1\"").header("Location", startsWith("/api/v1/web-forms/"))
                .body("publicKey", matchesPattern("[A-Za-z0-9_-]{22}"))
                .body("allowedOrigins", equalTo(List.of("https://shop.example.com", "http://localhost:5173")))
                .body("fields[0].type", equalTo("text")).body("honeypot", equalTo("website"))
                .body("enabled", equalTo(true)).body("routing.source", equalTo("website-form"));
        // forms (the cap) · sales settings (routing) · one transaction: the form and its public key item
        assertThat(calls.made()).containsExactly("Query", "Query", "TransactWriteItems");
        String id = created.jsonPath().getString("id");

        calls.reset();
        as(tenant, "boss").get("/api/v1/web-forms/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("Contact us"));
        assertThat(calls.made()).containsExactly("GetItem");
        calls.reset();
        as(tenant, "boss").get("/api/v1/web-forms").then().statusCode(200).body("id", hasItem(id));
        assertThat(calls.made()).containsExactly("Query");
    }

    @Test
    void aManagerReadsFormsButCannotChangeThem_andARepSeesNone() {
        String tenant = newTenant();
        JsonPath form = create(tenant, form("Contact us"));
        String id = form.getString("id");

        as(tenant, "mia").get("/api/v1/web-forms/" + id).then().statusCode(200);
        as(tenant, "mia").get("/api/v1/web-forms/" + id + "/counts").then().statusCode(200);
        assertProblem(as(tenant, "mia").body(form("Mine")).post("/api/v1/web-forms"), 403);
        assertProblem(as(tenant, "mia").header("If-Match", "\"1\"").body(form("Mine")).put("/api/v1/web-forms/" + id), 403);
        assertProblem(as(tenant, "rob").get("/api/v1/web-forms"), 403);
        assertProblem(as(tenant, "rob").get("/api/v1/web-forms/" + id), 403);
    }

    @Test
    void anotherTenantsAdmin_cannotReadChangeOrRotateAForm() {
        String tenant = newTenant();
        String other = newTenant();
        String id = create(tenant, form("Contact us")).getString("id");

        assertProblem(as(other, "boss").get("/api/v1/web-forms/" + id), 404);
        assertProblem(as(other, "boss").get("/api/v1/web-forms/" + id + "/counts"), 404);
        assertProblem(as(other, "boss").header("If-Match", "\"1\"").body(form("Taken")).put("/api/v1/web-forms/" + id), 404);
        assertProblem(as(other, "boss").header("If-Match", "\"1\"").post("/api/v1/web-forms/" + id + "/rotate-key"), 404);
        assertProblem(as(other, "boss").header("If-Match", "\"1\"").delete("/api/v1/web-forms/" + id), 404);
        as(other, "boss").get("/api/v1/web-forms").then().statusCode(200).body("size()", equalTo(0));
        as(tenant, "boss").get("/api/v1/web-forms/" + id).then().statusCode(200).body("name", equalTo("Contact us"));
    }

    @Test
    void aFormBreakingItsRules_isRefusedWith422NamingEachField_andNothingIsStored() {
        String tenant = newTenant();
        Map<String, Object> bad = with(with(with(with(form("Bad"),
                "allowedOrigins", List.of("https://shop.example.com/contact", "ftp://x.example.com")),
                "redirectUrl", "http://shop.example.com/thanks"),
                "routing", Map.of("pipelineId", "nope", "source", "tv", "ownerId", "ghost")),
                "fields", List.of(Map.of("name", "name", "label", "Name", "type", "text", "required", true),
                        Map.of("name", "name", "label", "Again", "type", "text", "required", false)));

        List<String> errors = fields(assertProblem(as(tenant, "boss").body(bad).post("/api/v1/web-forms"), 422));

        assertThat(errors).contains("allowedOrigins[0]", "allowedOrigins[1]", "redirectUrl", "routing.pipelineId",
                "routing.source", "routing.ownerId", "fields[1].name", "fields");
        assertThat(fields(assertProblem(as(tenant, "boss").body(with(form("Bad"), "fields",
                List.of(Map.of("name", "Bad Name", "label", "x", "type", "text", "required", true))))
                .post("/api/v1/web-forms"), 422))).contains("fields[0].name");
        assertThat(fields(assertProblem(as(tenant, "boss").body(with(form("Won"), "routing",
                Map.of("pipelineId", "clients", "stageId", "won"))).post("/api/v1/web-forms"), 422)))
                .containsExactly("routing.stageId"); // deals from a form start at an open stage only
        as(tenant, "boss").get("/api/v1/web-forms").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void changesNeedTheCurrentVersion_412WhenStale_428WithoutIfMatch() {
        String tenant = newTenant();
        String id = create(tenant, form("Contact us")).getString("id");
        as(tenant, "boss").header("If-Match", "\"1\"").body(form("Contact us today")).put("/api/v1/web-forms/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("name", equalTo("Contact us today"));

        assertProblem(as(tenant, "boss").header("If-Match", "\"1\"").body(form("Lost")).put("/api/v1/web-forms/" + id), 412);
        assertProblem(as(tenant, "boss").body(form("Lost")).put("/api/v1/web-forms/" + id), 428);
    }

    /** The answer marks standard fields ({@code standard}); an editor sending back what it read must not be refused. */
    @Test
    void theFieldsAsRead_canBeSentBack_andAForgedStandardMarkIsIgnored() {
        String tenant = newTenant();
        String id = create(tenant, form("Contact us")).getString("id");
        Map<String, Object> read = as(tenant, "boss").get("/api/v1/web-forms/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        Map<String, Object> edited = form("Contact us today");
        // The fields as read, each with a forged mark: the mark is derived from the name, so it changes nothing.
        List<Map<String, Object>> fields = new java.util.ArrayList<>();
        for (Object field : (List<?>) read.get("fields")) {
            Map<String, Object> copy = new java.util.HashMap<>();
            ((Map<?, ?>) field).forEach((key, value) -> copy.put((String) key, value));
            copy.put("standard", true);
            fields.add(copy);
        }
        edited.put("fields", fields);

        as(tenant, "boss").header("If-Match", "\"1\"").body(edited).put("/api/v1/web-forms/" + id)
                .then().statusCode(200).body("fields.standard", equalTo(((List<?>) read.get("fields")).stream()
                        .map(f -> ((Map<?, ?>) f).get("standard")).toList()));
    }

    @Test
    void rotatingTheKey_retiresTheOldKeyAtOnce_andTheNewOneServesTheForm() {
        String tenant = newTenant();
        JsonPath form = create(tenant, form("Contact us"));
        String oldKey = form.getString("publicKey");
        visitor().get("/api/v1/forms/" + oldKey).then().statusCode(200);

        String newKey = as(tenant, "boss").header("If-Match", "\"1\"").post("/api/v1/web-forms/" + form.getString("id") + "/rotate-key")
                .then().statusCode(200).header("ETag", "\"2\"").extract().path("publicKey");

        assertThat(newKey).isNotEqualTo(oldKey);
        assertProblem(visitor().get("/api/v1/forms/" + oldKey), 404);
        visitor().get("/api/v1/forms/" + newKey).then().statusCode(200).body("name", equalTo("Contact us"));
    }

    @Test
    void aDisabledFormAnswers410_andADeletedOne404() {
        String tenant = newTenant();
        JsonPath form = create(tenant, form("Contact us"));
        String id = form.getString("id");
        String key = form.getString("publicKey");

        as(tenant, "boss").header("If-Match", "\"1\"").body(with(form("Contact us"), "enabled", false))
                .put("/api/v1/web-forms/" + id).then().statusCode(200);
        assertProblem(visitor().get("/api/v1/forms/" + key), 410);

        as(tenant, "boss").header("If-Match", "\"2\"").delete("/api/v1/web-forms/" + id).then().statusCode(204);
        assertProblem(visitor().get("/api/v1/forms/" + key), 404);
        assertProblem(as(tenant, "boss").get("/api/v1/web-forms/" + id), 404);
    }
}
