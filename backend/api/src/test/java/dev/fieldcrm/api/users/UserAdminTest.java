package dev.fieldcrm.api.users;

import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class UserAdminTest {
    private static Map<String, Object> user(String name) {
        return Map.of("name", name, "email", "New.Rep@Example.com", "roles", List.of("rep"), "teamId", "hq",
                "timeZone", "Europe/Samara", "locale", "ru", "active", true);
    }

    @Test
    void anAdminAddsAUser_thenChangesItWithIfMatch_andAStaleChangeIsRefusedWith412() {
        String id = "new-rep-" + TestData.next();
        as("acme", "adm").body(user("New Rep")).put("/api/v1/users/" + id)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("email", equalTo("new.rep@example.com")).body("version", equalTo(1));

        as("acme", "adm").header("If-Match", "\"1\"").body(user("Renamed Rep")).put("/api/v1/users/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("name", equalTo("Renamed Rep"));

        as("acme", "adm").header("If-Match", "\"1\"").body(user("Lost Update")).put("/api/v1/users/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("currentVersion", equalTo(2));
        as("acme", "adm").get("/api/v1/users").then().body("find { it.id == '" + id + "' }.name", equalTo("Renamed Rep"));
    }

    @Test
    void addingAUserWhoseIdIsTaken_withoutIfMatch_isRefused_andTheUserIsUnchanged() {
        as("acme", "adm").body(user("Overwrite")).put("/api/v1/users/rep1")
                .then().statusCode(412).contentType("application/problem+json");
        as("acme", "rep1").get("/api/v1/me").then().statusCode(200).body("name", equalTo("REP1"));
    }

    @Test
    void aRepOrAManagerCannotManageUsers() {
        String id = "not-created-" + TestData.next();
        as("acme", "rep1").body(user("Sneaky")).put("/api/v1/users/" + id).then().statusCode(403);
        as("acme", "mgr").body(user("Sneaky")).put("/api/v1/users/" + id).then().statusCode(403);
        as("acme", "adm").get("/api/v1/users").then().body("id", not(hasItem(id)));
    }

    @Test
    void aUserOfAnotherTenantIsNeitherListedNorChangeable() {
        as("acme", "adm").get("/api/v1/users").then().body("id", not(hasItem("grep")));
        // "grep" is a user of globex; for acme the id is free, so this creates acme's own user, not globex's.
        String id = "grep";
        as("globex", "grep").get("/api/v1/me").then().body("name", equalTo("GREP"));
        as("acme", "adm").header("If-Match", "\"1\"").body(user("Hijack")).put("/api/v1/users/" + id)
                .then().statusCode(412);
        as("globex", "grep").get("/api/v1/me").then().body("name", equalTo("GREP"));
    }
}
