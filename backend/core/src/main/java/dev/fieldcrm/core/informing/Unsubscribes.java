package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One-click unsubscribe (RFC 8058) from a signed link, without a caller: the token names tenant, client, contact and
 * channel, and its MAC must match one of the contact's current addresses for that channel. Effect: that address goes
 * on the tenant's suppression list and the contact's consent for the channel is switched off (audited as
 * {@value #ACTOR}). Replays change nothing more. Any invalid token is refused the same way ({@link InvalidLink}).
 */
public final class Unsubscribes {
    static final String ACTOR = "unsubscribe-link";
    private static final int ATTEMPTS = 3;

    private final LinkSigner signer;
    private final ClientQueries clients;
    private final ChangeWriter writer;
    private final OptOutList optOuts;
    private final Clock clock;

    public Unsubscribes(LinkSigner signer, ClientQueries clients, ChangeWriter writer, OptOutList optOuts, Clock clock) {
        this.signer = signer;
        this.clients = clients;
        this.writer = writer;
        this.optOuts = optOuts;
        this.clock = clock;
    }

    /** What the link would do (for the confirmation page); nothing is changed. One card Query. */
    public UnsubscribeTarget check(String token) {
        Verified v = verify(token);
        return new UnsubscribeTarget(v.channel(), mask(v.address()), !Recipients.consents(v.contact(), v.channel()));
    }

    /** Unsubscribes the address the link was sent to. Idempotent. */
    public UnsubscribeTarget unsubscribe(String token) {
        for (int attempt = 1; ; attempt++) {
            Verified v = verify(token);
            optOuts.add(v.tenantId(), v.address(), ACTOR + ":" + v.contact().id());
            if (!Recipients.consents(v.contact(), v.channel())) {
                return new UnsubscribeTarget(v.channel(), mask(v.address()), true);
            }
            Instant now = clock.instant();
            Contact updated = v.contact().withDetails(withoutConsent(v.contact().details(), v.channel()), ACTOR, now);
            Caller link = new Caller(v.tenantId(), ACTOR, Set.of(), null, null);
            try {
                writer.apply(v.tenantId(), new ChangeSet().replace(updated, v.contact().version())
                        .audit(Audit.entry(link, now, v.contact().clientId(), "contact", v.contact().id(),
                                "unsubscribed " + v.channel(), v.contact(), updated)));
                return new UnsubscribeTarget(v.channel(), mask(v.address()), true);
            } catch (VersionConflict editedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw editedMeanwhile;
                }
            }
        }
    }

    private record Verified(String tenantId, Channel channel, Contact contact, String address) {
    }

    private Verified verify(String token) {
        LinkSigner.Opened opened = signer.open(token).orElseThrow(InvalidLink::new);
        Link claims = opened.claims();
        if (claims.purpose() != LinkPurpose.UNSUBSCRIBE || claims.channel() == Channel.PUSH) {
            throw new InvalidLink();
        }
        Optional<Contact> contact = clients.card(claims.tenantId(), claims.clientId()).map(ClientCard::contacts)
                .flatMap(cs -> cs.stream().filter(c -> c.id().equals(claims.subjectId())).findFirst());
        if (contact.isEmpty()) {
            throw new InvalidLink();
        }
        // Every candidate is checked (no early exit), so the time taken does not tell which address matched.
        String matched = null;
        for (String address : Recipients.addresses(contact.get(), claims.channel())) {
            if (opened.signedFor(address) && matched == null) {
                matched = address;
            }
        }
        if (matched == null) {
            throw new InvalidLink();
        }
        return new Verified(claims.tenantId(), claims.channel(), contact.get(), matched);
    }

    static ContactDetails withoutConsent(ContactDetails d, Channel channel) {
        return new ContactDetails(d.name(), d.buyingRole(), d.position(), d.phones(), d.emails(), d.birthday(), d.notes(),
                channel != Channel.EMAIL && d.emailConsent(), channel != Channel.SMS && d.smsConsent(), d.externalId());
    }

    /** {@code an***@example.com}, {@code +7******4567}: enough for the owner to recognise, little for anyone else. */
    public static String mask(String address) {
        int at = address.indexOf('@');
        if (at > 0) {
            return address.substring(0, Math.min(2, at)) + "***" + address.substring(at);
        }
        int keep = Math.min(4, address.length() / 3);
        return address.substring(0, Math.min(2, address.length())) + "*".repeat(Math.max(0, address.length() - 2 - keep))
                + address.substring(address.length() - keep);
    }
}
