package dev.fieldcrm.api.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.api.support.Problems;
import dev.fieldcrm.api.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.fieldcrm.api.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

/**
 * Whatever a client sends, the answer is an RFC 9457 problem with the right status (400 unreadable, 422 invalid)
 * naming the offending field, never a 500 and never a stack trace; and nothing of a refused request is stored.
 */
@QuarkusTest
class BadInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String clientId;

    /** A client of rep1's that interactions are logged on; created once, never changed by refused requests. */
    private static synchronized String clientId() {
        if (clientId == null) {
            clientId = as("acme", "rep1").body(TestData.client("Bad input target")).post("/api/v1/clients")
                    .then().statusCode(201).extract().path("id");
        }
        return clientId;
    }

    /**
     * One bad request and what it must get.
     *
     * @param field the field the problem must name in {@code errors[].field}; null when there is no field to name
     */
    record BadRequest(String name, Method method, String path, String body, int status, String field) {
        @Override
        public String toString() {
            return name;
        }

        Response send() {
            RequestSpecification request = as("acme", "rep1");
            if (body != null) {
                request.body(body);
            }
            return request.request(method, path.replace("{client}", clientId()));
        }
    }

    static Stream<BadRequest> badRequests() {
        return Stream.of(
                // The client create endpoint.
                createClient("malformed JSON", "{\"name\": \"Broken\",", 400, null),
                createClient("an array instead of an object", "[]", 400, null),
                createClient("an unknown field", client(c -> c.put("nmae", "Typo Ltd")), 400, "nmae"),
                createClient("a string for loyalty", client(c -> c.put("loyalty", "four")), 400, "loyalty"),
                createClient("an unknown priority", client(c -> c.put("priority", "Z")), 400, "priority"),
                createClient("a number for priority", client(c -> c.put("priority", 0)), 400, "priority"),
                createClient("loyalty 6", client(c -> c.put("loyalty", 6)), 422, "loyalty"),
                createClient("loyalty 0", client(c -> c.put("loyalty", 0)), 422, "loyalty"),
                createClient("share of wallet 101", client(c -> c.put("shareOfWallet", 101)), 422, "shareOfWallet"),
                createClient("latitude 91", client(c -> c.put("geography", Map.of("city", "Тверь", "lat", 91, "lon", 35.9))),
                        422, "geography.lat"),
                createClient("a currency that is not ISO 4217", client(c -> c.put("salesPotential",
                        Map.of("amount", "100.00", "currency", "rubles"))), 422, "salesPotential.currency"),
                createClient("an address without a line", client(c -> c.put("addresses", List.of(Map.of("kind", "office", "line", " ")))),
                        422, "addresses[0].line"),
                createClient("a contract reminder 400 days ahead", client(c -> c.put("contract",
                        Map.of("number", "D-2", "prolongationReminderDays", 400))), 422, "contract.prolongationReminderDays"),
                createClient("a 201-character name", client(c -> c.put("name", "N".repeat(201))), 422, "name"),
                createClient("a blank name", client(c -> c.put("name", "   ")), 422, "name"),
                createClient("no name", client(c -> c.remove("name")), 422, "name"),
                createClient("an invalid phone", client(c -> c.put("phones", List.of("12"))), 422, "phones[0]"),
                createClient("an invalid email", client(c -> c.put("emails", List.of("buyer-at-example"))), 422, "emails[0]"),
                createClient("a JSON null body", "null", 422, null),
                // The interaction log endpoint.
                logInteraction("malformed JSON", "{\"type\": \"VISIT\"", 400, null),
                logInteraction("an unknown field", interaction(i -> i.put("summery", "typo")), 400, "summery"),
                logInteraction("a word for occurredAt", interaction(i -> i.put("occurredAt", "yesterday")), 400, "occurredAt"),
                logInteraction("an unknown type", interaction(i -> i.put("type", "PHONE")), 400, "type"),
                logInteraction("a blank summary", interaction(i -> i.put("summary", " ")), 422, "summary"),
                logInteraction("a 4001-character summary", interaction(i -> i.put("summary", "s".repeat(4001))), 422, "summary"),
                logInteraction("a check-in at latitude 91", interaction(i -> i.put("checkIn",
                        Map.of("lat", 91, "lon", 35.9, "accuracyMeters", 12, "takenAt", "2026-11-20T09:00:00Z"))), 422, "checkIn.lat"),
                logInteraction("neither a next step nor a reason", interaction(i -> i.remove("noNextStepReason")), 422, "nextStep"),
                logInteraction("a next step without a due date", interaction(i -> {
                    i.remove("noNextStepReason");
                    i.put("nextStep", Map.of("kind", "CALL", "title", "Call back"));
                }), 422, "nextStep.dueAt"),
                // Query parameters and ids.
                new BadRequest("limit=0", Method.GET, "/api/v1/clients?limit=0", null, 422, "limit"),
                new BadRequest("limit=201", Method.GET, "/api/v1/clients?limit=201", null, 422, "limit"),
                new BadRequest("limit=abc", Method.GET, "/api/v1/clients?limit=abc", null, 400, null),
                new BadRequest("an unknown type filter", Method.GET, "/api/v1/interactions?type=PHONE", null, 400, null),
                new BadRequest("a word for from", Method.GET, "/api/v1/clients/{client}/interactions?from=yesterday", null, 422, "from"),
                new BadRequest("a word for dueBefore", Method.GET, "/api/v1/tasks?dueBefore=tomorrow", null, 422, "dueBefore"),
                new BadRequest("a forged cursor", Method.GET, "/api/v1/clients?cursor=bm90LWEtY3Vyc29y", null, 422, "cursor"),
                new BadRequest("a client id that is not a ULID", Method.PUT, "/api/v1/clients/not-a-ulid",
                        client(c -> { }), 422, "id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInput_isRefusedWithAProblemNamingTheField(BadRequest bad) {
        Response response = bad.send();

        JsonPath problem = Problems.assertProblem(response, bad.status());
        if (bad.field() != null) {
            assertThat(Problems.fields(problem)).as(response.asString()).contains(bad.field());
        }
    }

    @Test
    void ifMatchThatIsNotAnETag_is422() {
        Response response = as("acme", "rep1").header("If-Match", "version one").post("/api/v1/clients/" + clientId() + "/archive");
        assertThat(Problems.fields(Problems.assertProblem(response, 422))).containsExactly("If-Match");
    }

    @Test
    void unknownField_isNamedInTheDetail() {
        Response response = as("acme", "rep1").body(client(c -> c.put("nmae", "Typo Ltd"))).post("/api/v1/clients");
        assertThat(Problems.assertProblem(response, 400).getString("detail")).contains("nmae");
    }

    @Test
    void emptyBody_isRefusedAsBadInput() {
        Response response = as("acme", "rep1").body("").post("/api/v1/clients");
        assertThat(response.statusCode()).isIn(400, 422);
        Problems.assertProblem(response, response.statusCode());
    }

    @Test
    void twoMegabyteBody_isRefusedWithAProblem() {
        Map<String, Object> body = TestData.client("Oversized");
        body.put("description", "x".repeat(2 * 1024 * 1024));
        Response response = as("acme", "rep1").body(body).post("/api/v1/clients");
        assertThat(response.statusCode()).isIn(400, 413, 422);
        Problems.assertProblem(response, response.statusCode());
    }

    @Test
    void refusedCreate_storesNothing() {
        Map<String, Object> body = TestData.client("Half valid");
        body.put("loyalty", 6);
        String phone = (String) ((List<?>) body.get("phones")).getFirst();
        Problems.assertProblem(as("acme", "rep1").body(body).post("/api/v1/clients"), 422);
        as("acme", "rep1").queryParam("phone", phone).get("/api/v1/clients").then().statusCode(200)
                .body("items", empty());
    }

    private static BadRequest createClient(String name, String body, int status, String field) {
        return new BadRequest("create client: " + name, Method.POST, "/api/v1/clients", body, status, field);
    }

    private static BadRequest logInteraction(String name, String body, int status, String field) {
        return new BadRequest("log interaction: " + name, Method.POST, "/api/v1/clients/{client}/interactions", body, status, field);
    }

    /** A valid client body with one change, as JSON text. */
    private static String client(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = TestData.client("Bad input " + TestData.next());
        change.accept(body);
        return json(body);
    }

    /** A valid interaction body (closing the work, so no step is planned) with one change, as JSON text. */
    private static String interaction(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = new HashMap<>(TestData.interaction("2026-11-20T09:00:00Z", null));
        body.put("noNextStepReason", "NOT_INTERESTED");
        change.accept(body);
        return json(body);
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
