package dev.fieldcrm.core.reminders;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.Map;

/**
 * The next occurrence of one reminder, kept in a <em>slot</em>: one per thing reminded of ({@code meeting#<taskId>},
 * {@code digest#<userId>}, {@code prolong#<clientId>}, {@code birthday#<contactId>} …). Re-planning rewrites the slot,
 * so a moved meeting or a changed digest time never leaves a stale occurrence behind. While pending it is on the due
 * index at {@code fireAt}; once handled it stays, no longer on the index, so a redelivered stream change that plans
 * the same occurrence again finds it done.
 *
 * @param occurrenceId deterministic per occurrence ({@code meeting#<taskId>#<dueAt>}, {@code digest#<userId>#<date>},
 *                     {@code prolong#<clientId>#<contractEnd>}, {@code birthday#<contactId>#<year>}); each message
 *                     sent for it has the id {@code <occurrenceId>#<channel>}
 * @param recipientId  the user reminded
 * @param clientId     the client it is about, if any
 * @param subjectId    the task or contact it is about, if any
 * @param details      what an immediate notification deferred by quiet hours is to say (lead assigned)
 * @param pending      true while it is still to be sent
 */
public record Reminder(String slot, String occurrenceId, ReminderKind kind, String recipientId, String clientId,
                       String subjectId,
                       // Left out when empty: DynamoDB Local's stream hands an empty map back untyped.
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> details, Instant fireAt, boolean pending,
                       Instant updatedAt, long version) {

    public Reminder {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** A new pending occurrence for a slot (its version follows the slot's previous one; 0 when new). */
    public static Reminder planned(Occurrence occurrence, ReminderKind kind, String recipientId, String clientId,
                                   String subjectId, Map<String, String> details, Instant at, long previousVersion) {
        return new Reminder(occurrence.slot(), occurrence.id(), kind, recipientId, clientId, subjectId, details,
                occurrence.fireAt(), true, at, previousVersion + 1);
    }

    public Reminder handled(Instant at) {
        return new Reminder(slot, occurrenceId, kind, recipientId, clientId, subjectId, details, fireAt, false, at,
                version + 1);
    }

    public Reminder deferredTo(Instant newFireAt, Instant at) {
        return new Reminder(slot, occurrenceId, kind, recipientId, clientId, subjectId, details, newFireAt, true, at,
                version + 1);
    }

    /** Whether this slot already holds exactly that occurrence at that time (nothing to write). */
    @JsonIgnore
    public boolean holds(Occurrence occurrence) {
        return occurrenceId.equals(occurrence.id()) && (!pending || fireAt.equals(occurrence.fireAt()));
    }
}
