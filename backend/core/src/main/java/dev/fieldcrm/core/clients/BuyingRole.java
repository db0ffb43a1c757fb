package dev.fieldcrm.core.clients;

/** A key person's role in the client's buying structure. */
public enum BuyingRole {
    DECISION_MAKER, INFLUENCER, USER, GATEKEEPER, OTHER
}
