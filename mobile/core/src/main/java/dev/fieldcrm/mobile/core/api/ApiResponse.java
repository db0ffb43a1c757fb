package dev.fieldcrm.mobile.core.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A successful (2xx) answer.
 *
 * @param status HTTP status
 * @param body   parsed JSON body, or a missing node when the answer had none
 * @param etag   the {@code ETag} header without quotes, or null
 */
public record ApiResponse(int status, JsonNode body, String etag) {
}
