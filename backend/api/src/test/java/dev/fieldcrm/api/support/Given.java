package dev.fieldcrm.api.support;

import io.restassured.path.json.JsonPath;

import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;

/** Records a test starts from, made through the API by a user of tenant acme (each call must succeed). */
public final class Given {
    private Given() {
    }

    /** A new client owned by {@code user}, with unique phone, email and tax id; its id. */
    public static String client(String user, String name) {
        return as("acme", user).body(TestData.client(name)).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
    }

    public static String client(String user) {
        return client(user, "Client " + TestData.next());
    }

    /** Adds a contact person to a client; its id. */
    public static String contact(String user, String clientId, String name) {
        return as("acme", user).body(Map.of("name", name)).post("/api/v1/clients/" + clientId + "/contacts")
                .then().statusCode(201).extract().path("id");
    }

    /** Logs an interaction on a client; the response ({@code interaction}, {@code completedTask}, {@code nextTask}). */
    public static JsonPath logged(String user, String clientId, Map<String, Object> interaction) {
        return as("acme", user).body(interaction).post("/api/v1/clients/" + clientId + "/interactions")
                .then().statusCode(201).extract().jsonPath();
    }

    /** Plans a task on a client; its id. */
    public static String task(String user, String clientId, Map<String, Object> plan) {
        return as("acme", user).body(plan).post("/api/v1/clients/" + clientId + "/tasks")
                .then().statusCode(201).extract().path("id");
    }
}
