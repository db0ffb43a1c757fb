package dev.fieldcrm.api.security.owasp;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One operation of docs/openapi.yaml, as far as the security suite needs it.
 *
 * @param bodySchema the JSON request body's schema with every {@code $ref} left in (resolve with
 *                   {@link OpenApiDocument#resolve}), or null when the operation takes no JSON body
 * @param bodyTypes  the media types of the request body the document declares (empty: no body)
 */
public record ApiOperation(String method, String path, List<String> pathParams, List<String> queryParams,
                           boolean isPublic, JsonNode bodySchema, List<String> bodyTypes) {

    public boolean takesIds() {
        return !pathParams.isEmpty();
    }

    public boolean takesJsonBody() {
        return bodySchema != null;
    }

    public boolean isPaged() {
        return queryParams.contains("limit");
    }

    /** "GET /api/v1/clients/{id}": how rows, test names and the classification name an operation. */
    public String key() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return key();
    }
}
