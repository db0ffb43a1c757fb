package dev.fieldcrm.api.imports;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/** Starting jobs and waiting for them, as a user of tenant acme. */
public final class Jobs {
    private Jobs() {
    }

    static Response postImport(String user, String entity, boolean dryRun, String csv) {
        return postImport(user, entity, dryRun, csv.getBytes(StandardCharsets.UTF_8));
    }

    static Response postImport(String user, String entity, boolean dryRun, byte[] csv) {
        return as("acme", user).contentType("text/csv").body(csv)
                .post("/api/v1/imports?entity=" + entity + "&dryRun=" + dryRun);
    }

    /** Starts an import (must be accepted) and waits until it is finished; the finished job. */
    static JsonPath imported(String user, String entity, boolean dryRun, String csv) {
        String location = postImport(user, entity, dryRun, csv).then().statusCode(202).extract().header("Location");
        return finished(user, location);
    }

    static JsonPath exported(String user, String entity) {
        return exported("acme", user, entity);
    }

    /** An export by a user of any tenant, finished. */
    public static JsonPath exported(String tenant, String user, String entity) {
        String location = as(tenant, user).post("/api/v1/exports?entity=" + entity)
                .then().statusCode(202).extract().header("Location");
        return finished(tenant, user, location);
    }

    static JsonPath finished(String user, String location) {
        return finished("acme", user, location);
    }

    /** Polls the job until DONE or FAILED (bounded; a job that never finishes fails the test). */
    static JsonPath finished(String tenant, String user, String location) {
        for (int attempt = 0; attempt < 1200; attempt++) {
            JsonPath job = as(tenant, user).get(location).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            pause();
        }
        throw new AssertionError("job " + location + " did not finish");
    }

    /** Every row of the report (following the cursor), optionally of one outcome. */
    static List<Map<String, Object>> rows(String user, String jobId, String outcome) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String cursor = null;
        do {
            var request = as("acme", user);
            if (outcome != null) {
                request = request.queryParam("outcome", outcome);
            }
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/imports/" + jobId + "/rows").then().statusCode(200).extract().jsonPath();
            rows.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return rows;
    }

    static String download(String user, JsonPath job) {
        return download("acme", user, job);
    }

    static String download(String tenant, String user, JsonPath job) {
        assertThat(job.getString("download")).startsWith("/api/v1/files/users/" + user + "/exports/");
        return as(tenant, user).get(job.getString("download")).then().statusCode(200).extract().asString();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
