package dev.fieldcrm.api.security.owasp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Request bodies an attacker or a broken client sends, derived from an operation's schema: the sample with each
 * property's type wrong, required parts missing, huge strings, deep nesting, bytes that are not UTF-8, and random
 * JSON. Seeded, so a failure names a body that can be reproduced.
 */
public final class MalformedBodies {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int RANDOM_BODIES = 2;
    private static final int MAX_PROPERTIES = 4;

    private MalformedBodies() {
    }

    /** One malformed body: its bytes, the content type it is sent as, and a name for the failure message. */
    public record Body(String name, byte[] bytes, String contentType) {
        static Body json(String name, String text) {
            return new Body(name, text.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<Body> of(ApiOperation operation, long seed) {
        JsonNode sample = SchemaSamples.sample(operation.bodySchema());
        List<Body> bodies = new ArrayList<>();
        bodies.add(Body.json("empty object", "{}"));
        bodies.add(Body.json("null", "null"));
        bodies.add(Body.json("array instead of object", "[]"));
        bodies.add(Body.json("truncated JSON", sample.toString().substring(0, Math.max(1, sample.toString().length() / 2))));
        bodies.add(Body.json("deep nesting", "[".repeat(2000) + "]".repeat(2000)));
        bodies.add(new Body("invalid UTF-8", new byte[]{'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                (byte) 0xFF, '"', '}'}, "application/json"));
        bodies.add(new Body("wrong content type", sample.toString().getBytes(StandardCharsets.UTF_8), "text/plain"));
        bodies.add(new Body("XML", "<client><name>x</name></client>".getBytes(StandardCharsets.UTF_8), "application/xml"));
        if (sample instanceof ObjectNode object) {
            int n = 0;
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (n++ == MAX_PROPERTIES) {
                    break;
                }
                bodies.add(Body.json("wrong type of " + field.getKey(), with(object, field.getKey(), wrongType(field.getValue())).toString()));
            }
            bodies.add(Body.json("huge strings", withEveryString(object, "Ж".repeat(20_000)).toString()));
            bodies.add(Body.json("nested deep inside", with(object, object.properties().iterator().hasNext()
                    ? object.properties().iterator().next().getKey() : "x", deep(200)).toString()));
        }
        Random random = new Random(seed);
        for (int i = 0; i < RANDOM_BODIES; i++) {
            bodies.add(Body.json("random #" + i + " of seed " + seed, randomValue(random, 0).toString()));
        }
        return bodies;
    }

    private static ObjectNode with(ObjectNode object, String field, JsonNode value) {
        ObjectNode copy = object.deepCopy();
        copy.set(field, value);
        return copy;
    }

    private static JsonNode withEveryString(JsonNode node, String text) {
        if (node.isTextual()) {
            return JSON.textNode(text);
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.objectNode();
            object.properties().forEach(e -> copy.set(e.getKey(), withEveryString(e.getValue(), text)));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.arrayNode();
            array.forEach(e -> copy.add(withEveryString(e, text)));
            return copy;
        }
        return node;
    }

    private static JsonNode wrongType(JsonNode value) {
        if (value.isTextual()) {
            return JSON.objectNode().put("$gt", 1);
        }
        if (value.isNumber() || value.isBoolean()) {
            return JSON.textNode("1e309 OR 1=1");
        }
        return JSON.numberNode(-1);
    }

    private static JsonNode deep(int depth) {
        JsonNode node = JSON.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = JSON.objectNode().set("a", node);
        }
        return node;
    }

    private static JsonNode randomValue(Random random, int depth) {
        int kind = depth > 3 ? random.nextInt(4) : random.nextInt(6);
        return switch (kind) {
            case 0 -> JSON.textNode(randomText(random));
            case 1 -> JSON.numberNode(random.nextLong());
            case 2 -> JSON.booleanNode(random.nextBoolean());
            case 3 -> JSON.nullNode();
            case 4 -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = JSON.objectNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(randomText(random), randomValue(random, depth + 1));
                }
                yield object;
            }
        };
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(20); i > 0; i--) {
            text.appendCodePoint(random.nextInt(3) == 0 ? 0x400 + random.nextInt(0x100) : 0x20 + random.nextInt(0x5F));
        }
        return text.toString();
    }
}
