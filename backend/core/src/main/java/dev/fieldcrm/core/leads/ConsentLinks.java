package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.informing.Link;
import dev.fieldcrm.core.informing.LinkPurpose;
import dev.fieldcrm.core.informing.LinkSigner;
import dev.fieldcrm.core.notify.Channel;

import java.util.Optional;

/**
 * The double opt-in link: a {@link LinkSigner} token of purpose {@link LinkPurpose#CONSENT} naming the tenant and the
 * confirmation (by its request id, in both id slots), signed with the confirmation's creation time and bound to the
 * address it was sent to — the same secret, rotation and 80-bit MAC as the unsubscribe and survey links.
 *
 * @param prefix the public page's URL before the token ({@code …/api/v1/forms/confirm/})
 */
public record ConsentLinks(LinkSigner signer, String prefix) {

    /** The confirmation's link (the same link each time: signed with its creation time). */
    public String url(String tenantId, ConsentConfirmation confirmation) {
        return prefix + signer.sign(new Link(LinkPurpose.CONSENT, Channel.EMAIL, tenantId, confirmation.id(),
                confirmation.id(), confirmation.createdAt()), confirmation.email());
    }

    /** The claims of a consent token, not yet checked against the stored address; empty for any other token. */
    Optional<LinkSigner.Opened> open(String token) {
        return signer.open(token).filter(o -> o.claims().purpose() == LinkPurpose.CONSENT
                && o.claims().channel() == Channel.EMAIL && o.claims().clientId().equals(o.claims().subjectId()));
    }
}
