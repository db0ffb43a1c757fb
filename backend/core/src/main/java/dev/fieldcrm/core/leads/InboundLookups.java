package dev.fieldcrm.core.leads;

import java.util.Optional;

/** The reads processing an inbound request makes (all by key: no scan, no index). */
public interface InboundLookups {
    /** The request as stored now (consistent read): whether another worker processed it already. */
    Optional<InboundRequest> request(String tenantId, String requestId);

    /** A lead as stored now (consistent read). */
    Optional<Lead> lead(String tenantId, String leadId);

    /**
     * Who holds the normalised email/phone: one consistent BatchGetItem of the {@code EMAIL}, {@code PHONE},
     * {@code LEAD_EMAIL} and {@code LEAD_PHONE} guards (consistent, because a concurrent request may have claimed one a
     * moment ago). Either argument may be null.
     */
    InboundMatch match(String tenantId, String email, String phone);

    /** A request's double opt-in (consistent read). */
    Optional<ConsentConfirmation> consentConfirmation(String tenantId, String requestId);
}
