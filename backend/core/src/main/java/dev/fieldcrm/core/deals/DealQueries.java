package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Reads of deals; each method is one DynamoDB call (see docs/data-model.md). */
public interface DealQueries {
    /** GetItem of the deal. */
    Optional<Deal> find(String tenantId, String dealId);

    /** The deal and its stage history: one Query of the deal's partition. */
    Optional<DealView> withHistory(String tenantId, String dealId);

    /** An owner's deals, by pipeline, stage and time in stage; {@code sortPrefix} narrows to a pipeline or stage. */
    Page<Deal> byOwner(String tenantId, String ownerId, String sortPrefix, PageRequest page);

    /** A team's deals, sorted like {@link #byOwner}. */
    Page<Deal> byTeam(String tenantId, String teamId, String sortPrefix, PageRequest page);

    /** All deals of the tenant at one stage, by time in stage. */
    Page<Deal> byStage(String tenantId, String pipelineId, String stageId, PageRequest page);

    /** A client's deals, oldest first. */
    Page<Deal> byClient(String tenantId, String clientId, PageRequest page);

    /** GetItem of one owner's tally. */
    Optional<DealTally> tally(String tenantId, DealTally.Key key);

    /** Every tally of a team ({@code teamId} given) or of the tenant (null): one Query of the tally partition. */
    List<DealTally> tallies(String tenantId, String teamId);

    /** Where a deal's list sort keys start for a pipeline (and stage): {@code p#} or {@code p#s#}. */
    static String sortPrefix(String pipelineId, String stageId) {
        if (pipelineId == null) {
            return null;
        }
        return stageId == null ? pipelineId + "#" : pipelineId + "#" + stageId + "#";
    }
}
