package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealStatus;
import dev.fieldcrm.core.users.TeamScope;

/**
 * What an offender list and the review export show of a deal, copied onto each offence so a list page is one Query.
 *
 * @param teamId     the deal's team, "-" when it has none (so the per-team index and tallies always have a key)
 * @param clientName the organisation's name at evaluation, null without one
 */
public record OffendingDeal(String dealId, String title, String ownerId, String teamId, String pipelineId,
                            String stageId, DealStatus status, String closeReason, String clientId, String clientName) {
    public static final String NO_TEAM = TeamScope.NO_TEAM;

    public static OffendingDeal of(Deal deal, Client client) {
        return new OffendingDeal(deal.id(), deal.title(), deal.ownerId(), TeamScope.teamKey(deal.teamId()),
                deal.pipelineId(), deal.stageId(), deal.status(), deal.closeReason(), deal.clientId(),
                client == null ? null : client.name());
    }
}
