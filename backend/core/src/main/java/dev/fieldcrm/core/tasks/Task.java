package dev.fieldcrm.core.tasks;

import java.time.Instant;

/**
 * A next step for a client. While open it sits on its assignee's agenda; the client's name, city and
 * last interaction are copied onto it so the agenda is one index Query with nothing else to read.
 */
public record Task(
        String id,
        String clientId,
        TaskKind kind,
        String title,
        Instant dueAt,
        String place,
        String contactId,
        String assigneeId,
        TaskStatus status,
        String clientName,
        String clientCity,
        String lastInteractionSummary,
        Instant completedAt,
        String completedBy,
        String completionNote,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version) {

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isOpen() {
        return status == TaskStatus.OPEN;
    }

    public Task completed(String note, String actor, Instant at) {
        return new Task(id, clientId, kind, title, dueAt, place, contactId, assigneeId, TaskStatus.DONE, clientName,
                clientCity, lastInteractionSummary, at, actor, note, createdAt, createdBy, at, actor, version + 1);
    }

    public Task rescheduled(Instant newDueAt, String newAssigneeId, String actor, Instant at) {
        return new Task(id, clientId, kind, title, newDueAt, place, contactId, newAssigneeId, status, clientName,
                clientCity, lastInteractionSummary, completedAt, completedBy, completionNote, createdAt, createdBy,
                at, actor, version + 1);
    }

    public Task withClient(String newClientName, String newClientCity, String actor, Instant at) {
        return new Task(id, clientId, kind, title, dueAt, place, contactId, assigneeId, status, newClientName,
                newClientCity, lastInteractionSummary, completedAt, completedBy, completionNote, createdAt, createdBy,
                at, actor, version + 1);
    }
}
