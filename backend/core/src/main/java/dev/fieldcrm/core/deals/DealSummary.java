package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.clients.Money;

import java.time.Instant;

/**
 * An open deal as shown on its organisation's card: kept in the client's partition (so the card stays one
 * Query), rewritten with every change of the deal, removed when the deal closes or leaves the client.
 */
public record DealSummary(String dealId, String clientId, String title, Money amount, String pipelineId,
                          String stageId, String stageName, String ownerId, Instant stageEnteredAt,
                          long dealVersion) implements SalesRecord {

    /** The summary of a deal, with its stage's name from the tenant's pipelines (the stage id if it has none). */
    public static DealSummary of(Deal deal, SalesConfig config) {
        String stageName = config.pipeline(deal.pipelineId()).flatMap(p -> p.stage(deal.stageId()))
                .map(Stage::name).orElse(deal.stageId());
        return new DealSummary(deal.id(), deal.clientId(), deal.title(), deal.amount(), deal.pipelineId(),
                deal.stageId(), stageName, deal.ownerId(), deal.stageEnteredAt(), deal.version());
    }

    /** The same summary for a newer version of its deal (nothing shown on the card changed). */
    public DealSummary withDealVersion(long newDealVersion) {
        return new DealSummary(dealId, clientId, title, amount, pipelineId, stageId, stageName, ownerId, stageEnteredAt,
                newDealVersion);
    }
}
