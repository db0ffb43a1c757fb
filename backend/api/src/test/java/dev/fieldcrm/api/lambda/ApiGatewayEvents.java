package dev.fieldcrm.api.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * API Gateway HTTP API (payload 2.0) events from the templates in {@code src/test/resources/events/}, handed to the
 * Lambda function through the event server's {@code /_lambda_} endpoint, as AWS would invoke it.
 */
final class ApiGatewayEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String template;
    private final Map<String, String> values = new HashMap<>();
    private String body;
    private final Map<String, String> extraHeaders = new HashMap<>();

    private ApiGatewayEvents(String template) {
        this.template = template;
    }

    /** An event whose route has the Cognito JWT authorizer: the claims are the authorizer's, flattened to strings. */
    static ApiGatewayEvents authorized(String tenant, String user, String groups, String team) {
        return new ApiGatewayEvents("http-api-v2-authorized.json")
                .with("tenant", tenant).with("sub", user).with("groups", groups).with("team", team);
    }

    /** An event for a route without an authorizer, with no Authorization header. */
    static ApiGatewayEvents anonymous() {
        return new ApiGatewayEvents("http-api-v2-anonymous.json");
    }

    ApiGatewayEvents get(String path) {
        return request("GET", path, "");
    }

    ApiGatewayEvents get(String path, String rawQueryString) {
        return request("GET", path, rawQueryString);
    }

    ApiGatewayEvents post(String path, Object jsonBody) {
        try {
            body = JSON.writeValueAsString(jsonBody);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return request("POST", path, "");
    }

    /** Adds a request header (names in lower case, as API Gateway passes them). */
    ApiGatewayEvents header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    /** Invokes the function with the event and returns its response object. */
    LambdaResponse invoke() {
        String event = withHeaders(fill(read(template)));
        JsonPath response = RestAssured.given().contentType(ContentType.JSON).body(event)
                .post("/_lambda_")
                .then().statusCode(200)
                .extract().jsonPath();
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, String> raw = response.getMap("headers", String.class, String.class);
        if (raw != null) {
            headers.putAll(raw);
        }
        return new LambdaResponse(response.getInt("statusCode"), headers, response.getString("body"),
                response.getBoolean("isBase64Encoded"));
    }

    /** What the function returned to API Gateway. */
    record LambdaResponse(int statusCode, Map<String, String> headers, String body, boolean isBase64Encoded) {
        JsonPath json() {
            return JsonPath.from(body);
        }

        /** The body as API Gateway passes it on: decoded when the function sent it base64-encoded. */
        String decodedBody() {
            return isBase64Encoded ? new String(java.util.Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
        }
    }

    private ApiGatewayEvents request(String method, String path, String rawQueryString) {
        return with("method", method).with("path", path).with("rawQueryString", rawQueryString);
    }

    private ApiGatewayEvents with(String name, String value) {
        values.put(name, value);
        return this;
    }

    @SuppressWarnings("unchecked")
    private String withHeaders(String event) {
        if (extraHeaders.isEmpty()) {
            return event;
        }
        try {
            Map<String, Object> tree = JSON.readValue(event, Map.class);
            ((Map<String, Object>) tree.get("headers")).putAll(extraHeaders);
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private String fill(String text) {
        String filled = text.replace("${requestId}", UUID.randomUUID().toString());
        try {
            // The body is a JSON string inside the event (or null for a request without one).
            filled = filled.replace("${body}", body == null ? "null" : JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("${" + value.getKey() + "}", value.getValue());
        }
        if (filled.matches("(?s).*\\$\\{[a-zA-Z]+}.*")) {
            throw new IllegalStateException("unfilled placeholder in " + template + ": " + filled);
        }
        return filled;
    }

    private static String read(String template) {
        try (InputStream in = ApiGatewayEvents.class.getResourceAsStream("/events/" + template)) {
            if (in == null) {
                throw new IllegalArgumentException("no event template " + template);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
