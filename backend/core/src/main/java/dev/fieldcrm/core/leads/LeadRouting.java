package dev.fieldcrm.core.leads;

/**
 * Where a new lead is to go, as configured on the form or integration it came through (copied onto the request
 * when it is received, so a later change of the form does not change what an unprocessed request means).
 * Any part may be null: the tenant's defaults apply.
 *
 * @param pipelineId the pipeline of a deal created for it
 * @param stageId    the stage of that deal (null: the pipeline's first stage)
 * @param source     the deal/lead source (one of the tenant's sales-settings sources, e.g. "website")
 * @param ownerId    a fixed rep to assign to (skips territory rules and round-robin)
 * @param teamId     restricts round-robin to one team
 */
public record LeadRouting(String pipelineId, String stageId, String source, String ownerId, String teamId) {
}
