package dev.fieldcrm.core.journal;

import dev.fieldcrm.core.tasks.TaskPlan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * What a rep logs after a contact. Either {@code nextStep} or {@code noNextStepReason} must be given
 * (the core rule of seed 002: after every interaction, the date of the next step).
 *
 * @param completesTaskId the open next step this interaction fulfils; absent means the author's earliest
 *                        open step for this client, if any
 */
public record InteractionInput(
        @NotNull InteractionType type,
        @NotNull Instant occurredAt,
        @Size(max = 26) String contactId,
        @Size(max = 40) String channel,
        @NotBlank @Size(max = 4000) String summary,
        @Size(max = 1000) String result,
        @Valid TaskPlan nextStep,
        NoNextStepReason noNextStepReason,
        @Size(max = 1000) String noNextStepComment,
        @Valid CheckIn checkIn,
        @Size(max = 26) String completesTaskId) {
}
