package dev.fieldcrm.core.informing;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A contact's answer to a survey invitation: a score 1–5 per question, their mean as {@code score}, a comment.
 * Stored under the client (answers of a client), on the team's index partition (answers of a team in a period) and
 * on the tenant's (answers of the tenant in a period).
 */
public record SurveyAnswer(String invitationId, String clientId, String clientName, String contactId,
                           String contactName, String ownerId, String teamId, Instant answeredAt, List<Score> scores,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score, String comment) {

    public SurveyAnswer {
        scores = List.copyOf(scores);
    }

    /** The score given to one question. */
    public record Score(String questionId, int value) {
    }
}
