package dev.fieldcrm.api.security.owasp;

import dev.fieldcrm.core.shared.Ids;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.as;

/**
 * Fills an operation's path with ids of real records: a caller-given value where the suite has one (the arranged
 * client, its contact and step, a user), otherwise the first record found by listing the collection the parameter
 * sits under ({@code /deals/{id}} → {@code GET /deals}) as the records' owner, else one {@link Arrangers} makes.
 * A parameter with nothing to list or arrange gets a fresh id that names nothing (the row then says so).
 */
public final class Targets {
    private static final List<String> ID_FIELDS = List.of("id", "code", "sku", "address", "deviceId", "key", "month");

    private Targets() {
    }

    /** A concrete URL and whether every parameter named a real record, plus the texts of those records. */
    public record Target(String url, boolean real, List<String> texts) {
    }

    public static Target of(ApiOperation operation, String tenant, String user, Map<String, String> known) {
        String url = operation.path();
        boolean real = true;
        List<String> texts = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        // In path order (the document lists parameters alphabetically): a nested id is found under its parent's.
        List<String> params = operation.pathParams().stream()
                .sorted(Comparator.comparingInt(param -> operation.path().indexOf("{" + param + "}"))).toList();
        for (String param : params) {
            String placeholder = "{" + param + "}";
            String value = known.get(param);
            if (value == null) {
                // A row named by several keys (/rows/{rule}/{deal}): the keys after the first come from its record.
                value = previous.get(param + "Id") instanceof String named ? named : null;
            }
            if (value == null) {
                String collection = url.substring(0, url.indexOf(placeholder) - 1);
                Map<String, Object> first = collection.contains("{") ? null : firstItem(collection, tenant, user);
                if (first == null && !collection.contains("{")) {
                    String template = operation.path().substring(0, operation.path().indexOf(placeholder) - 1);
                    first = Arrangers.arranged(template, collection).orElse(null);
                }
                value = first == null ? null : idOf(first, param);
                if (value == null) {
                    real = false;
                    value = Ids.newId();
                } else {
                    texts.addAll(texts(first));
                    previous = first;
                }
            }
            url = url.replace(placeholder, value);
        }
        return new Target(url, real, texts);
    }

    private static Map<String, Object> firstItem(String collection, String tenant, String user) {
        Response listed = as(tenant, user).get(collection);
        if (listed.statusCode() != 200 || !listed.contentType().startsWith("application/json")) {
            return null;
        }
        JsonPath json = listed.jsonPath();
        Object root = json.get("$");
        List<Map<String, Object>> items = root instanceof List<?> ? json.getList("$") : json.getList("items");
        return items == null || items.isEmpty() ? null : record(items.getFirst());
    }

    /**
     * A record, or the record inside an envelope ({@code {"mailing": {...}, "progress": ...}}): the object with an id,
     * else the only object ({@code {"row": {...}, "open": true}}).
     */
    static Map<String, Object> record(Map<String, Object> answer) {
        if (answer.containsKey("id")) {
            return answer;
        }
        List<Map<String, Object>> inner = new ArrayList<>();
        for (Object value : answer.values()) {
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked") Map<String, Object> record = (Map<String, Object>) map;
                if (record.get("id") instanceof String) {
                    return record;
                }
                inner.add(record);
            }
        }
        return inner.size() == 1 ? inner.getFirst() : answer;
    }

    /** The parameter's value in a record: the field of its name or its name with "Id" ({@code rule} → ruleId). */
    private static String fieldOf(Map<String, Object> item, String param) {
        return List.of(param, param + "Id").stream().map(item::get).filter(String.class::isInstance)
                .map(String.class::cast).findFirst().orElse(null);
    }

    private static String idOf(Map<String, Object> item, String param) {
        String named = fieldOf(item, param);
        if (named != null) {
            return named;
        }
        return ID_FIELDS.stream().map(item::get).filter(String.class::isInstance).map(String.class::cast)
                .findFirst().orElse(null);
    }

    /** The human texts of a record (names, titles, contacts): what must never reach another tenant. */
    private static List<String> texts(Map<String, Object> item) {
        Map<String, Object> copy = new LinkedHashMap<>(item);
        return List.of("name", "title", "email", "phone", "summary", "description").stream()
                .map(copy::get).filter(String.class::isInstance).map(String.class::cast)
                .filter(text -> text.length() >= 6).toList();
    }
}
