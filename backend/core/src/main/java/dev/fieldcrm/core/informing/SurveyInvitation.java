package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.notify.Channel;

import java.time.Instant;
import java.util.List;

/**
 * One contact's invitation to answer the survey, stored in the client's partition. Inserting it makes the worker
 * send the signed link; answering it sets {@code answeredAt} (conditional on the version: single use).
 *
 * @param questions the questionnaire as it was when sent (later edits do not change an open invitation)
 */
public record SurveyInvitation(String id, String clientId, String clientName, String contactId, String contactName,
                               String ownerId, String teamId, Channel channel, String address, String locale,
                               List<SurveyQuestion> questions, String sentBy, Instant createdAt, Instant expiresAt,
                               Instant answeredAt, long version) {

    public SurveyInvitation {
        questions = List.copyOf(questions);
    }

    SurveyInvitation answered(Instant at) {
        return new SurveyInvitation(id, clientId, clientName, contactId, contactName, ownerId, teamId, channel, address,
                locale, questions, sentBy, createdAt, expiresAt, at, version + 1);
    }
}
