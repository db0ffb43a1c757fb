package dev.fieldcrm.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API Gateway HTTP API (payload 2.0) events as the JWT authorizer delivers them: the verified claims sit in
 * {@code requestContext.authorizer.jwt.claims}, with groups flattened to a string such as {@code [rep]}.
 */
final class HttpApiEvent {
    // The ETag header of the answer ("\"7\"" inside the response document), single- or multi-valued.
    private static final Pattern ETAG = Pattern.compile("(?i)\"etag\"\\s*:\\s*\\[?\\s*\"\\\\\"(\\d+)\\\\\"\"");
    private static final Pattern STATUS = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d+)");

    private HttpApiEvent() {
    }

    static byte[] get(String path, Map<String, String> claims) {
        return event("GET", path, claims, null);
    }

    static byte[] post(String path, Map<String, String> claims, String jsonBody) {
        return event("POST", path, claims, jsonBody);
    }

    static byte[] event(String method, String path, Map<String, String> claims, String jsonBody) {
        return event(method, path, claims, jsonBody, Map.of());
    }

    /** With extra request headers (lower-case names, as API Gateway HTTP APIs deliver them). */
    static byte[] event(String method, String pathAndQuery, Map<String, String> claims, String jsonBody, Map<String, String> headers) {
        // A query string (already URL-encoded) travels in rawQueryString, as API Gateway delivers it.
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        StringBuilder json = new StringBuilder(1024);
        json.append("{\"version\":\"2.0\",\"routeKey\":\"$default\",\"rawPath\":").append(quote(path))
                .append(",\"rawQueryString\":").append(quote(query)).append(",\"headers\":{\"accept\":\"application/json\",\"host\":\"bench.local\",")
                .append("\"user-agent\":\"fieldcrm-bench\"");
        headers.forEach((name, value) -> json.append(',').append(quote(name)).append(':').append(quote(value)));
        json.append(jsonBody == null ? "" : ",\"content-type\":\"application/json\"").append("},")
                .append("\"requestContext\":{\"accountId\":\"000000000000\",\"apiId\":\"bench\",\"domainName\":\"bench.local\",")
                .append("\"domainPrefix\":\"bench\",\"http\":{\"method\":\"").append(method).append("\",\"path\":").append(quote(path))
                .append(",\"protocol\":\"HTTP/1.1\",\"sourceIp\":\"127.0.0.1\",\"userAgent\":\"fieldcrm-bench\"},")
                .append("\"requestId\":\"bench-").append(System.nanoTime()).append("\",\"routeKey\":\"$default\",\"stage\":\"$default\",")
                .append("\"time\":\"").append(Instant.now()).append("\",\"timeEpoch\":").append(System.currentTimeMillis());
        if (claims != null) {
            json.append(",\"authorizer\":{\"jwt\":{\"claims\":{");
            String separator = "";
            for (Map.Entry<String, String> claim : claims.entrySet()) {
                json.append(separator).append(quote(claim.getKey())).append(':').append(quote(claim.getValue()));
                separator = ",";
            }
            json.append("},\"scopes\":null}}");
        }
        json.append("},\"isBase64Encoded\":false");
        if (jsonBody != null) {
            json.append(",\"body\":").append(quote(jsonBody));
        }
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The HTTP status inside the handler's response document, or -1 if there is none. */
    static int status(byte[] response) {
        Matcher m = STATUS.matcher(new String(response, StandardCharsets.UTF_8));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    static boolean is2xx(byte[] response) {
        int status = status(response);
        return status >= 200 && status <= 299;
    }

    /** The version in the answer's ETag header, or -1 if there is none. */
    static long etag(byte[] response) {
        Matcher m = ETAG.matcher(new String(response, StandardCharsets.UTF_8));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * A string field of the JSON body inside the handler's response document (the body is itself a JSON string, so
     * its quotes arrive escaped), or null if there is none. Enough for the flat fields the bench needs (cursor, token).
     */
    static String bodyField(byte[] response, String name) {
        Matcher m = Pattern.compile("\\\\\"" + Pattern.quote(name) + "\\\\\"\\s*:\\s*\\\\\"([^\\\\\"]*)\\\\\"")
                .matcher(new String(response, StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : null;
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
