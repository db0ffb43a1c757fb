package dev.fieldcrm.mobile.core.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The API's {@code InteractionInput}: what the rep logs. Either {@code nextStep} or {@code noNextStepReason}
 * (CLIENT_CLOSED, DEAL_LOST, NOT_INTERESTED, DUPLICATE_RECORD, OTHER) is required by the server.
 *
 * @param type             CALL, MEETING, VISIT, EMAIL, NOTE
 * @param checkIn          GPS fix taken when the rep checked in at a visit, or null
 * @param completesTaskId  the agenda task this interaction closes, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewInteraction(String type, Instant occurredAt, String summary, String result, String contactId,
                             NextStep nextStep, String noNextStepReason, String noNextStepComment, CheckIn checkIn,
                             String completesTaskId) {

    /** A GPS fix, with the accuracy the rep sees before saving. */
    public record CheckIn(double lat, double lon, double accuracyMeters, Instant takenAt) {
    }
}
