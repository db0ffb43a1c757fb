package dev.fieldcrm.mobile.core.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An RFC 9457 problem the API answered with ({@code application/problem+json}).
 *
 * @param type   the problem type URI (e.g. ending in {@code /version-conflict}); never null ("about:blank" if absent)
 * @param title  short human title
 * @param status HTTP status
 * @param detail human detail, may be null
 * @param body   the whole problem document (extensions such as field errors or the current version)
 */
public record ApiProblem(String type, String title, int status, String detail, JsonNode body) {

    /** Whether the problem's type URI ends with the given slug, e.g. {@code "sync-cursor-expired"}. */
    public boolean isType(String slug) {
        return type != null && type.endsWith("/" + slug);
    }
}
