package dev.fieldcrm.core.imports;

import java.util.Map;

/** Turns an error's field path into the CSV column a user can find: {@code phones[1]} → {@code phones}. */
final class Columns {
    private Columns() {
    }

    static String of(String fieldPath, Map<String, String> renamed) {
        if (fieldPath == null) {
            return "row";
        }
        String path = fieldPath.replaceAll("\\[\\d+]", "").replace(".<list element>", "");
        return renamed.getOrDefault(path, path);
    }
}
