package dev.fieldcrm.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.fieldcrm.core.dynamo.StorageJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Which fields differ between two versions of a record (nested objects by dotted path). */
public final class AuditDiff {
    /** Maintained by the system on every write; listing them would only add noise to the history. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "updatedBy");

    private AuditDiff() {
    }

    public static List<AuditEntry.FieldChange> between(Object before, Object after) {
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        JsonNode from = before == null ? NullNode.getInstance() : StorageJson.MAPPER.valueToTree(before);
        JsonNode to = after == null ? NullNode.getInstance() : StorageJson.MAPPER.valueToTree(after);
        collect("", from, to, changes);
        return changes;
    }

    private static void collect(String path, JsonNode from, JsonNode to, List<AuditEntry.FieldChange> changes) {
        if (from.equals(to)) {
            return;
        }
        if (from.isObject() && to.isObject() || from.isNull() && to.isObject() || from.isObject() && to.isNull()) {
            Set<String> names = new TreeSet<>();
            from.fieldNames().forEachRemaining(names::add);
            to.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (path.isEmpty() && BOOKKEEPING.contains(name)) {
                    continue;
                }
                collect(path.isEmpty() ? name : path + "." + name, orNull(from.get(name)), orNull(to.get(name)), changes);
            }
            return;
        }
        changes.add(new AuditEntry.FieldChange(path, text(from), text(to)));
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }

    private static String text(JsonNode node) {
        return node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
    }

}
