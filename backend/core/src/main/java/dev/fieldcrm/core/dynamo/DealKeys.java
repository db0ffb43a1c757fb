package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealAuditEntry;
import dev.fieldcrm.core.deals.DealSummary;
import dev.fieldcrm.core.deals.DealTally;
import dev.fieldcrm.core.deals.Pipeline;
import dev.fieldcrm.core.deals.SalesRecord;
import dev.fieldcrm.core.deals.SalesSettings;
import dev.fieldcrm.core.deals.SettingsAuditEntry;
import dev.fieldcrm.core.deals.StageChange;
import dev.fieldcrm.core.shared.Stamp;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;


/**
 * Keys of the sales records (see docs/data-model.md, "Deals"). A deal's partition holds the deal
 * ({@code DEAL}), its stage history ({@code HISTORY#at#id}) and its audit trail ({@code AUDIT#at#id}); the
 * deal itself projects into four overloaded indexes, one per list; the tenant's settings and pipelines share
 * one partition, and so do the per-owner tallies behind the kanban board.
 */
final class DealKeys {
    static final String DEAL = "DEAL";
    static final String HISTORY_PREFIX = "HISTORY#";
    static final String CARD_DEAL_PREFIX = "CARD#DEAL#";
    static final String SALES = "SALES";
    static final String PIPELINE_PREFIX = "PIPELINE#";
    /** Owner list: GSI3 (also the clients-by-owner index, under another key prefix). */
    static final String OWNER_INDEX = TableDesign.OWNER_INDEX;
    /** Team list: GSI4. */
    static final String TEAM_INDEX = TableDesign.TEAM_INDEX;
    /** Tenant-wide list of one stage: GSI1. */
    static final String STAGE_INDEX = TableDesign.AGENDA_INDEX;
    /** Stage-history entries by the deal's owner at the move: GSI1 (a history entry is on no other index). */
    static final String MOVES_INDEX = TableDesign.AGENDA_INDEX;
    /** A client's deals: GSI2. */
    static final String CLIENT_INDEX = TableDesign.JOURNAL_INDEX;

    private DealKeys() {
    }

    static String deal(String tenantId, String dealId) {
        return Keys.tenant(tenantId) + "DEAL#" + dealId;
    }

    static String tallies(String tenantId) {
        return Keys.tenant(tenantId) + "DEALTALLY";
    }

    static String tallySk(DealTally.Key key) {
        return key.teamId() + "#" + key.ownerId();
    }

    static String byOwner(String tenantId, String ownerId) {
        return Keys.tenant(tenantId) + "DEALS#OWNER#" + ownerId;
    }

    static String byTeam(String tenantId, String teamId) {
        return Keys.tenant(tenantId) + "DEALS#TEAM#" + teamId;
    }

    static String byStage(String tenantId, String pipelineId, String stageId) {
        return Keys.tenant(tenantId) + "DEALS#STAGE#" + pipelineId + "#" + stageId;
    }

    static String movesByOwner(String tenantId, String ownerId) {
        return Keys.tenant(tenantId) + "MOVES#OWNER#" + ownerId;
    }

    static String byClient(String tenantId, String clientId) {
        return Keys.tenant(tenantId) + "DEALS#CLIENT#" + clientId;
    }

    static Map<String, AttributeValue> of(String tenantId, SalesRecord record) {
        return switch (record) {
            case Deal d -> {
                Map<String, AttributeValue> k = Keys.key(deal(tenantId, d.id()), DEAL);
                String inStage = Stamp.sortable(d.stageEnteredAt()) + "#" + d.id();
                String boardOrder = d.pipelineId() + "#" + d.stageId() + "#" + inStage;
                Keys.index(k, OWNER_INDEX, byOwner(tenantId, d.ownerId()), boardOrder);
                if (d.teamId() != null) {
                    Keys.index(k, TEAM_INDEX, byTeam(tenantId, d.teamId()), boardOrder);
                }
                Keys.index(k, STAGE_INDEX, byStage(tenantId, d.pipelineId(), d.stageId()), inStage);
                if (d.clientId() != null) {
                    Keys.index(k, CLIENT_INDEX, byClient(tenantId, d.clientId()), Stamp.sortable(d.createdAt()) + "#" + d.id());
                }
                yield k;
            }
            case StageChange h -> {
                Map<String, AttributeValue> k = Keys.key(deal(tenantId, h.dealId()), HISTORY_PREFIX + Stamp.sortable(h.at()) + "#" + h.id());
                // Sparse: moves by the deal's owner at the move, for the reconciliation of stage flows (older entries
                // do not record the owner).
                if (h.ownerId() != null) {
                    Keys.index(k, MOVES_INDEX, movesByOwner(tenantId, h.ownerId()), Stamp.sortable(h.at()) + "#" + h.id());
                }
                yield k;
            }
            case DealAuditEntry a -> Keys.key(deal(tenantId, a.dealId()), Keys.auditSk(a.entry().at(), a.entry().id()));
            case DealSummary s -> Keys.key(Keys.client(tenantId, s.clientId()), CARD_DEAL_PREFIX + s.dealId());
            case DealTally.Key t -> Keys.key(tallies(tenantId), tallySk(t));
            case Pipeline p -> Keys.key(Keys.settings(tenantId), PIPELINE_PREFIX + p.id());
            case SalesSettings s -> Keys.key(Keys.settings(tenantId), SALES);
            case SettingsAuditEntry a -> Keys.key(Keys.settings(tenantId), Keys.auditSk(a.entry().at(), a.entry().id()));
        };
    }

}
