package dev.fieldcrm.core.leads;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A double opt-in: optional consents a person ticked on a web form, waiting for them to confirm by the link emailed
 * to them. Stored beside its inbound request ({@code T#t#INBOUND#<requestId>} / {@code OPTIN}) by the worker, in the
 * transaction that records the request's outcome; its insert on the stream sends the email. Kept after confirmation
 * as the record of when and from which address the person confirmed.
 *
 * @param id          the inbound request's id (one confirmation per request)
 * @param email       the normalised address the link was sent to (and is bound to by its MAC)
 * @param consents    the consent names waiting (e.g. {@code marketing})
 * @param locale      ru or en: the language of the email and the page
 * @param formName    the form's name, shown in the email
 * @param leadId      the lead the request made or joined (null when it went to a client)
 * @param clientId    the client it went to (null for a lead)
 * @param contactId   that client's contact (whose email/SMS consent a confirmation switches on)
 * @param expiresAt   after this the link is refused (410) and nothing can be confirmed
 * @param confirmedAt null while pending
 * @param confirmedFrom the address the confirmation came from (API Gateway's source IP)
 */
public record ConsentConfirmation(String id, String email, List<String> consents, String locale, String formName,
                                  String leadId, String clientId, String contactId, Instant createdAt, Instant expiresAt,
                                  Instant confirmedAt, String confirmedFrom, long version) {
    /** How long a confirmation link works. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    public ConsentConfirmation {
        consents = List.copyOf(consents);
    }

    /** A pending confirmation of what processing {@code request} made ({@code outcome}). */
    static ConsentConfirmation pending(InboundRequest request, String email, InboundOutcome outcome, Instant now) {
        return new ConsentConfirmation(request.id(), email, request.pendingConsents(), InboundWording.locale(request),
                request.sourceName(), outcome.leadId(), outcome.clientId(), outcome.contactId(), now,
                now.plus(VALIDITY), null, null, 1);
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    ConsentConfirmation confirmed(Instant now, String from) {
        return new ConsentConfirmation(id, email, consents, locale, formName, leadId, clientId, contactId, createdAt,
                expiresAt, now, from, version + 1);
    }
}
