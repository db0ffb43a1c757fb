package dev.fieldcrm.api.security.owasp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * docs/openapi.yaml read as a tree: the inventory of every operation the API serves (OpenApiContractTest keeps
 * the file equal to what the API serves, so an endpoint added anywhere shows up here without touching the suite).
 */
public final class OpenApiDocument {
    private static final Path CHECKED_IN = Path.of("../../docs/openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final OpenApiDocument INSTANCE = load();

    private final JsonNode root;
    private final List<ApiOperation> operations;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        this.operations = List.copyOf(readOperations(root));
    }

    public static OpenApiDocument get() {
        return INSTANCE;
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    /** {@code schema} with a top-level {@code $ref} followed (once per call; callers recurse as they walk). */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = root.at(ref.substring(1));
        }
        return current;
    }

    private static OpenApiDocument load() {
        try {
            // SnakeYAML directly: Jackson's YAML parser fails on the schema examples like 13:45:30.123456789.
            Object tree = new Yaml().load(Files.readString(CHECKED_IN));
            return new OpenApiDocument(new ObjectMapper().valueToTree(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ApiOperation> readOperations(JsonNode root) {
        List<ApiOperation> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    found.add(operation(entry.getKey().toUpperCase(), path.getKey(), entry.getValue()));
                }
            }
        }
        return found;
    }

    private static ApiOperation operation(String method, String path, JsonNode node) {
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        for (JsonNode parameter : node.path("parameters")) {
            String in = parameter.path("in").asText();
            if (in.equals("path")) {
                pathParams.add(parameter.path("name").asText());
            } else if (in.equals("query")) {
                queryParams.add(parameter.path("name").asText());
            }
        }
        JsonNode content = node.path("requestBody").path("content");
        List<String> bodyTypes = new ArrayList<>();
        content.fieldNames().forEachRemaining(bodyTypes::add);
        JsonNode jsonSchema = content.has("application/json") ? content.path("application/json").path("schema") : null;
        boolean isPublic = node.has("security") && node.path("security").isEmpty();
        return new ApiOperation(method, path, List.copyOf(pathParams), List.copyOf(queryParams), isPublic, jsonSchema,
                List.copyOf(bodyTypes));
    }
}
