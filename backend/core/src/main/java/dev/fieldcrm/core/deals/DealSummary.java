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

    public static DealSummary of(Deal deal, Pipeline pipeline) {
        String stageName = pipeline.stage(deal.stageId()).map(Stage::name).orElse(deal.stageId());
        return new DealSummary(deal.id(), deal.clientId(), deal.title(), deal.amount(), deal.pipelineId(),
                deal.stageId(), stageName, deal.ownerId(), deal.stageEnteredAt(), deal.version());
    }
}
