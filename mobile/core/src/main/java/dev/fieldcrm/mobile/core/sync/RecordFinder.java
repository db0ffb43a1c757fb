package dev.fieldcrm.mobile.core.sync;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds a record by id in an API answer: the answer itself, or an object or array element one level down (the
 * client card's {@code client}, {@code openTasks}, {@code contacts}…). Used to show "theirs" in a conflict.
 */
final class RecordFinder {
    private RecordFinder() {
    }

    /** The record with {@code id}, or null when the answer does not hold it (e.g. a task no longer open). */
    static JsonNode find(JsonNode answer, String id) {
        if (answer == null || id == null) {
            return answer == null || answer.isMissingNode() ? null : answer;
        }
        if (id.equals(answer.path("id").asText(null))) {
            return answer;
        }
        for (JsonNode field : answer) {
            if (field.isObject() && id.equals(field.path("id").asText(null))) {
                return field;
            }
            if (field.isArray()) {
                for (JsonNode element : field) {
                    if (id.equals(element.path("id").asText(null))) {
                        return element;
                    }
                }
            }
        }
        return null;
    }
}
