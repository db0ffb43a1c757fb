package dev.fieldcrm.api.support;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every refused request must look like: an RFC 9457 document whose status is the HTTP status. */
public final class Problems {
    /** Text that only a leaked stack trace or exception dump would contain. */
    private static final List<String> INTERNALS = List.of("Exception", "\tat ", "at dev.fieldcrm", "at io.quarkus",
            "at java.", "software.amazon", "Caused by");

    private Problems() {
    }

    /** Asserts the response is {@code application/problem+json} with this status, and returns its document. */
    public static JsonPath assertProblem(Response response, int status) {
        String body = response.asString();
        assertThat(response.statusCode()).as("HTTP status of %s", body).isEqualTo(status);
        assertProblemDocument(response.contentType(), body, status);
        return JsonPath.from(body);
    }

    /** The same check for a response that arrived some other way (e.g. inside a Lambda response event). */
    public static JsonPath assertProblemDocument(String contentType, String body, int status) {
        assertThat(contentType).as("content type of %s", body).startsWith("application/problem+json");
        JsonPath document = JsonPath.from(body);
        assertThat(document.getInt("status")).as("status member of %s", body).isEqualTo(status);
        assertThat(document.getString("type")).as("type member").startsWith("https://fieldcrm.dev/problems/");
        assertThat(body).as("problem body must not expose internals").doesNotContain(INTERNALS);
        return document;
    }

    /** The {@code field} of each entry of a problem's {@code errors[]}. */
    public static List<String> fields(JsonPath problem) {
        return problem.getList("errors.field", String.class);
    }
}
