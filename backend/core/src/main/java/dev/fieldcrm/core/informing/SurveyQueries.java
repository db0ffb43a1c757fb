package dev.fieldcrm.core.informing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads of surveys (calls listed in docs/data-model.md). */
public interface SurveyQueries {
    /** GetItem in the settings partition. */
    Optional<SurveySettings> settings(String tenantId);

    /** GetItem (consistent) of an invitation in its client's partition. */
    Optional<SurveyInvitation> invitation(String tenantId, String clientId, String invitationId);

    /** GetItem (consistent) of the card's survey summary. */
    Optional<SurveySummary> summary(String tenantId, String clientId);

    /** Answers of a team in [from, to), oldest first: Query on the team's answer partition (all pages). */
    List<SurveyAnswer> byTeam(String tenantId, String teamId, Instant from, Instant to, int max);

    /** Answers of the tenant in [from, to), oldest first: Query on the tenant's answer partition (all pages). */
    List<SurveyAnswer> byTenant(String tenantId, Instant from, Instant to, int max);
}
