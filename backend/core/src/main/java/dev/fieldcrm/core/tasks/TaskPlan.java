package dev.fieldcrm.core.tasks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * A next step as a user plans it.
 *
 * @param assigneeId who will do it; absent means the person planning it
 */
public record TaskPlan(
        @NotNull TaskKind kind,
        @NotBlank @Size(max = 300) String title,
        @NotNull Instant dueAt,
        @Size(max = 300) String place,
        @Size(max = 26) String contactId,
        @Size(max = 64) String assigneeId) {
}
