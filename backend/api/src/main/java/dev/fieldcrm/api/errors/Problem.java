package dev.fieldcrm.api.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.fieldcrm.core.shared.FieldError;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI per kind of problem that clients can switch on;
 * {@code errors} lists invalid fields; {@code extensions} carries problem-specific members (current version,
 * existing record).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://fieldcrm.dev/problems/";

    public static Response response(int status, String kind, String title, String detail) {
        return response(status, kind, title, detail, List.of(), Map.of());
    }

    public static Response response(int status, String kind, String title, String detail, List<FieldError> errors,
                                    Map<String, Object> extensions) {
        return Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem(TYPES + kind, title, status, detail, errors, extensions))
                .build();
    }

    @com.fasterxml.jackson.annotation.JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Object> extensions() {
        return extensions;
    }
}
