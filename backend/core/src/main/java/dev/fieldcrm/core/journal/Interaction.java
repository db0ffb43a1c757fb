package dev.fieldcrm.core.journal;

import java.time.Instant;

/** A logged contact with a client, as stored in the journal. Journal entries are not edited. */
public record Interaction(
        String id,
        String clientId,
        String clientName,
        InteractionType type,
        Instant occurredAt,
        String contactId,
        String channel,
        String summary,
        String result,
        NoNextStepReason noNextStepReason,
        String noNextStepComment,
        CheckIn checkIn,
        String completedTaskId,
        String nextTaskId,
        String authorId,
        Instant createdAt,
        long version) {
}
