package dev.fieldcrm.core.deals;

/** Which funnel a pipeline is: data-hygiene rules treat the clients' and the partners' pipelines specially. */
public enum PipelinePurpose {
    CLIENTS, PARTNERS, OTHER
}
