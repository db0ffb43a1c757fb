package dev.fieldcrm.core.tasks;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.time.Instant;
import java.util.Optional;

/** Reads of next steps. */
public interface TaskQueries {
    Optional<Task> findOpen(String tenantId, String clientId, String taskId);

    /** Open tasks of an assignee due before {@code before}, earliest first: one Query on the agenda index. */
    Page<Task> openFor(String tenantId, String assigneeId, Instant before, PageRequest page);

    /** A client's done tasks, latest first. */
    Page<Task> done(String tenantId, String clientId, PageRequest page);
}
