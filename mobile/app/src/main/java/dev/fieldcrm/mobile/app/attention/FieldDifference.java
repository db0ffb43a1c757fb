package dev.fieldcrm.mobile.app.attention;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One field of a refused change, side by side: what the rep sent and what the server has now. A phone has no room
 * for two JSON documents, so the conflict card shows only the fields the rep's change sets.
 */
public record FieldDifference(String field, String mine, String theirs) {

    public boolean differs() {
        return !mine.equals(theirs);
    }

    /**
     * The fields of {@code mine} (nested objects flattened as {@code a.b}) with the server's value of each; a field
     * the server lacks shows as empty. {@code theirs} may be null (the server's version could not be read).
     */
    public static List<FieldDifference> of(JsonNode mine, JsonNode theirs) {
        List<FieldDifference> rows = new ArrayList<>();
        if (mine != null && mine.isObject()) {
            collect("", mine, theirs, rows);
        }
        return rows;
    }

    private static void collect(String prefix, JsonNode mine, JsonNode theirs, List<FieldDifference> rows) {
        Iterator<Map.Entry<String, JsonNode>> fields = mine.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + field.getKey();
            JsonNode their = theirs == null ? null : theirs.get(field.getKey());
            if (field.getValue().isObject()) {
                collect(name + ".", field.getValue(), their, rows);
            } else {
                rows.add(new FieldDifference(name, show(field.getValue()), show(their)));
            }
        }
    }

    private static String show(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
