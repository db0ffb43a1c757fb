package dev.fieldcrm.mobile.core.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The API's {@code TaskPlan}: a next step.
 *
 * @param kind  CALL, MEETING, VISIT, EMAIL, OTHER
 * @param dueAt when (use {@link dev.fieldcrm.mobile.core.picks.QuickPicks} for "tomorrow 10:00")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NextStep(String kind, String title, Instant dueAt, String place, String contactId, String assigneeId) {

    public static NextStep of(String kind, String title, Instant dueAt) {
        return new NextStep(kind, title, dueAt, null, null, null);
    }
}
