package dev.fieldcrm.worker.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.core.dynamo.StorageJson;
import dev.fieldcrm.core.notify.DeadLetter;

/**
 * The dead letter as operators read and replay it: {@code {"tenantId","id","reason","attempts","outgoing":{…}}}, the
 * outgoing message whole (template, locale, model), so a replay can hand it to the Postman again. Written with the
 * mapping of stored records (ISO instants, nulls left out), since it is one: the delivery record's message, parked.
 */
final class DeadLetterJson {
    private static final ObjectMapper JSON = StorageJson.MAPPER;

    private DeadLetterJson() {
    }

    static String of(DeadLetter letter) {
        try {
            return JSON.writeValueAsString(letter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dead letter " + letter.id() + " cannot be written as JSON", e);
        }
    }

    static DeadLetter read(String json) {
        try {
            return JSON.readValue(json, DeadLetter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a dead letter", e);
        }
    }
}
