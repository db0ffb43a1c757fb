package dev.fieldcrm.api.support;

import io.restassured.path.json.JsonPath;

import java.util.List;

import static dev.fieldcrm.api.support.Api.as;

/** Reads a test checks its outcome with, as a user of tenant acme (each read must succeed). */
public final class Fetch {
    private Fetch() {
    }

    /** The client card: {@code client}, {@code contacts}, {@code openTasks}. */
    public static JsonPath card(String user, String clientId) {
        return as("acme", user).get("/api/v1/clients/" + clientId).then().statusCode(200).extract().jsonPath();
    }

    /** Ids of the client's journal entries, newest first (first page). */
    public static List<String> journalIds(String user, String clientId) {
        return as("acme", user).get("/api/v1/clients/" + clientId + "/interactions")
                .then().statusCode(200).extract().path("items.id");
    }

    /** Ids of the tasks on the user's own agenda today. */
    public static List<String> agendaTaskIds(String user) {
        return as("acme", user).get("/api/v1/agenda").then().statusCode(200).extract().path("items.findAll { it.kind == 'TASK' }.task.id");
    }
}
