package dev.fieldcrm.api.security.owasp;

/** Whose records an operation reaches, which decides how the suite attacks it. */
public enum Exposure {
    /** No token: a capability in the path (form key, signed link) or a rate limit is the protection. */
    PUBLIC,
    /** Takes no id: works in the caller's own tenant and scope (list filters naming others are checked). */
    CALLER,
    /** Under /clients/{id}: the arranged client of rep1 is the target. */
    CLIENT,
    /** A record owned by a rep (deal, lead): other tenants and other reps are refused. */
    OWNER,
    /** A record shared by the tenant (catalogue, pipelines): other tenants are refused. */
    TENANT,
    /** Settings and machinery of the tenant (integrations, webhooks, imports…): other tenants and reps are refused. */
    ADMIN,
    /** The caller's own things (own devices, own files): nobody else's id reaches anything. */
    SELF
}
