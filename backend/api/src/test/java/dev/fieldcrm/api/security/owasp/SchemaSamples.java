package dev.fieldcrm.api.security.owasp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;

/**
 * A plausible instance of a request body schema: every declared property with a value of its type (first enum
 * value, formats for dates). Not necessarily accepted (patterns and cross-field rules are not modelled), but its
 * shape is right, so a refusal of it says something about the caller or the values, not the JSON.
 */
public final class SchemaSamples {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private SchemaSamples() {
    }

    public static JsonNode sample(JsonNode schema) {
        return sample(schema, 0);
    }

    /** The schema's declared properties (after {@code $ref} and {@code allOf}), an empty object if none. */
    public static JsonNode properties(JsonNode schema) {
        JsonNode resolved = OpenApiDocument.get().resolve(schema);
        if (resolved == null) {
            return JSON.objectNode();
        }
        if (resolved.has("allOf")) {
            ObjectNode merged = JSON.objectNode();
            resolved.get("allOf").forEach(part -> merged.setAll((ObjectNode) properties(part)));
            return merged;
        }
        JsonNode properties = resolved.path("properties");
        return properties.isObject() ? properties : JSON.objectNode();
    }

    private static JsonNode sample(JsonNode schema, int depth) {
        JsonNode resolved = OpenApiDocument.get().resolve(schema);
        if (resolved == null || depth > MAX_DEPTH) {
            return JSON.nullNode();
        }
        if (resolved.has("enum") && !resolved.get("enum").isEmpty()) {
            return resolved.get("enum").get(0);
        }
        for (String combinator : new String[]{"oneOf", "anyOf"}) {
            if (resolved.has(combinator)) {
                return sample(resolved.get(combinator).get(0), depth + 1);
            }
        }
        String type = type(resolved);
        return switch (type) {
            case "object" -> object(resolved, depth);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                array.add(sample(resolved.path("items"), depth + 1));
                yield array;
            }
            case "integer" -> JSON.numberNode(1);
            case "number" -> JSON.numberNode(1.5);
            case "boolean" -> JSON.booleanNode(true);
            default -> JSON.textNode(text(resolved.path("format").asText()));
        };
    }

    private static JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        Iterator<java.util.Map.Entry<String, JsonNode>> fields = properties(schema).properties().iterator();
        while (fields.hasNext()) {
            var field = fields.next();
            object.set(field.getKey(), sample(field.getValue(), depth + 1));
        }
        return object;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") || schema.has("allOf") ? "object" : "string";
    }

    private static String text(String format) {
        return switch (format) {
            case "date-time" -> "2030-01-10T09:00:00Z";
            case "date" -> "2030-01-10";
            case "local-time" -> "09:00:00";
            case "email" -> "owasp@example.com";
            case "uri", "url" -> "https://example.com/owasp";
            default -> "Owasp sample";
        };
    }
}
