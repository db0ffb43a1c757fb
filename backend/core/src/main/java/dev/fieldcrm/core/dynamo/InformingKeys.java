package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.informing.Mailing;
import dev.fieldcrm.core.informing.MailingJob;
import dev.fieldcrm.core.informing.MailingTally;
import dev.fieldcrm.core.informing.SurveyAnswer;
import dev.fieldcrm.core.informing.SurveyInvitation;
import dev.fieldcrm.core.informing.SurveySettings;
import dev.fieldcrm.core.informing.SurveySummary;
import dev.fieldcrm.core.shared.Stamp;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.Map;

/**
 * Keys of informing clients (see docs/data-model.md):
 * <ul>
 *   <li>mailings: the tenant's {@code MAILINGS} partition ({@code MAILING#<ULID>}: newest last), their counter items
 *       beside them ({@code TALLY#<ULID>}), on GSI4 under the creator's team; an active mailing is on the due index
 *       (kind {@code mailing}) at its next due time;</li>
 *   <li>survey invitations and answers: in the client's partition ({@code SURVEY#INV#}, {@code SURVEY#ANS#}), the
 *       card's summary as the card item {@code CARD#SURVEY}; answers also on GSI2 (team, time) and GSI3 (tenant,
 *       time) for period reports;</li>
 *   <li>the questionnaire: the tenant's settings partition, {@code SURVEY}.</li>
 * </ul>
 */
final class InformingKeys {
    static final String MAILING_PREFIX = "MAILING#";
    static final String TALLY_PREFIX = "TALLY#";
    static final String SURVEY_SETTINGS = "SURVEY";
    static final String INVITATION_PREFIX = "SURVEY#INV#";
    static final String ANSWER_PREFIX = "SURVEY#ANS#";
    static final String CARD_SURVEY = Keys.CARD_PREFIX + "SURVEY";

    private InformingKeys() {
    }

    static String mailings(String tenantId) {
        return Keys.tenant(tenantId) + "MAILINGS";
    }

    static String mailingsByTeam(String tenantId, String teamId) {
        return Keys.tenant(tenantId) + "MAILINGS#TEAM#" + teamId;
    }

    static String answersByTeam(String tenantId, String teamId) {
        return Keys.tenant(tenantId) + "SURVEYS#TEAM#" + teamId;
    }

    static String answersOfTenant(String tenantId) {
        return Keys.tenant(tenantId) + "SURVEYS";
    }

    static String answerTime(Instant at, String invitationId) {
        return Stamp.sortable(at) + "#" + invitationId;
    }

    static Map<String, AttributeValue> mailingKey(String tenantId, String mailingId) {
        return Keys.key(mailings(tenantId), MAILING_PREFIX + mailingId);
    }

    static Map<String, AttributeValue> tallyKey(String tenantId, String mailingId) {
        return Keys.key(mailings(tenantId), TALLY_PREFIX + mailingId);
    }

    static Map<String, AttributeValue> of(String tenantId, Mailing m) {
        Map<String, AttributeValue> k = mailingKey(tenantId, m.id());
        if (m.teamId() != null) {
            Keys.index(k, TableDesign.TEAM_INDEX, mailingsByTeam(tenantId, m.teamId()), m.id());
        }
        if (m.status().active() && m.dueAt() != null) {
            DueIndex.put(k, MailingJob.KIND, m.dueAt(), tenantId, m.id());
        }
        return k;
    }

    static Map<String, AttributeValue> of(String tenantId, MailingTally t) {
        return tallyKey(tenantId, t.mailingId());
    }

    static Map<String, AttributeValue> of(String tenantId, dev.fieldcrm.core.informing.MailingSettlement s) {
        return Keys.key(mailings(tenantId), "SETTLED#" + s.mailingId() + "#" + s.deliveryId());
    }

    static Map<String, AttributeValue> of(String tenantId, SurveySettings s) {
        return Keys.key(Keys.settings(tenantId), SURVEY_SETTINGS);
    }

    static Map<String, AttributeValue> of(String tenantId, SurveyInvitation i) {
        return Keys.key(Keys.client(tenantId, i.clientId()), INVITATION_PREFIX + i.id());
    }

    static Map<String, AttributeValue> of(String tenantId, SurveyAnswer a) {
        Map<String, AttributeValue> k = Keys.key(Keys.client(tenantId, a.clientId()), ANSWER_PREFIX + a.invitationId());
        String time = answerTime(a.answeredAt(), a.invitationId());
        if (a.teamId() != null) {
            Keys.index(k, TableDesign.JOURNAL_INDEX, answersByTeam(tenantId, a.teamId()), time);
        }
        Keys.index(k, TableDesign.OWNER_INDEX, answersOfTenant(tenantId), time);
        return k;
    }

    static Map<String, AttributeValue> of(String tenantId, SurveySummary s) {
        return Keys.key(Keys.client(tenantId, s.clientId()), CARD_SURVEY);
    }
}
