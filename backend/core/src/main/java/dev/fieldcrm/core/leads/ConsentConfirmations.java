package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.informing.InvalidLink;
import dev.fieldcrm.core.informing.LinkSigner;
import dev.fieldcrm.core.informing.Unsubscribes;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public side of double opt-in: a person opens the emailed link and confirms. The token is the only credential:
 * it names the tenant and the confirmation, and its MAC must match the address stored on it. Any invalid token is
 * {@link InvalidLink} (a neutral 404 that says nothing of the tenant); a genuine one past its validity is
 * {@link LinkExpired} (410). Confirming is single-use: the first one records the moment and address and switches the
 * consents on — on the lead ({@code fields.consents}) or on the client's contact (its email/SMS consent, which
 * mailings and surveys read); a repeat changes nothing.
 */
public final class ConsentConfirmations {
    static final String ACTOR = "consent-link";
    private static final int ATTEMPTS = 3;

    private final ConsentLinks links;
    private final InboundLookups lookups;
    private final ClientQueries clients;
    private final ChangeWriter writer;
    private final Clock clock;

    public ConsentConfirmations(ConsentLinks links, InboundLookups lookups, ClientQueries clients, ChangeWriter writer,
                                Clock clock) {
        this.links = links;
        this.lookups = lookups;
        this.clients = clients;
        this.writer = writer;
        this.clock = clock;
    }

    /** What the person is asked to confirm (the page before the button); nothing changes. 1 GetItem. */
    public ConsentView check(String token) {
        Verified v = verify(token);
        return ConsentView.of(v.confirmation());
    }

    /**
     * Confirms, once. GetItem confirmation · [GetItem lead [· Query card when the lead was converted or merged] |
     * Query card] · TransactWriteItems (confirmation, the lead and/or the contact on their versions, audit entries).
     * A lead that became a client's contact (converted, or merged into a client where a contact has the confirmed
     * address) passes the consent on to that contact, so it lands where mailings read it whenever the person clicks.
     *
     * @param from the address the confirmation comes from (kept as evidence of consent)
     */
    public ConsentView confirm(String token, String from) {
        for (int attempt = 1; ; attempt++) {
            Verified v = verify(token);
            ConsentConfirmation pending = v.confirmation();
            if (pending.confirmed()) {
                return ConsentView.of(pending);
            }
            Instant now = clock.instant();
            ConsentConfirmation done = pending.confirmed(now, from);
            ChangeSet changes = new ChangeSet().replace(done, pending.version());
            Caller link = new Caller(v.tenantId(), ACTOR, Set.of(), null, null);
            String action = "consents confirmed (" + String.join(", ", pending.consents()) + ") from " + from;
            if (pending.leadId() != null) {
                lookups.lead(v.tenantId(), pending.leadId()).ifPresent(lead -> {
                    Lead updated = lead.withFields(lead.fields().withConsentsGiven(pending.consents()), ACTOR, now);
                    changes.replace(updated, lead.version()).create(new LeadAuditEntry(lead.id(),
                            Audit.entry(link, now, lead.clientId(), "lead", lead.id(), action, lead, updated)));
                    if (!lead.isOpen() && lead.clientId() != null) {
                        // Converted or merged before the person confirmed: the consent belongs to the contact now,
                        // where mailings read it.
                        clients.card(v.tenantId(), lead.clientId())
                                .flatMap(card -> ContactConsents.holding(card, pending.email()))
                                .ifPresent(contact -> ContactConsents.planConfirmed(link, contact, pending.consents(),
                                        action, now, changes));
                    }
                });
            } else if (pending.clientId() != null && pending.contactId() != null) {
                contact(v.tenantId(), pending).ifPresent(contact ->
                        ContactConsents.planConfirmed(link, contact, pending.consents(), action, now, changes));
            }
            try {
                writer.apply(v.tenantId(), changes);
                return ConsentView.of(done);
            } catch (VersionConflict editedMeanwhile) {
                // The lead or contact was edited (or another click confirmed) meanwhile: read again.
                if (attempt == ATTEMPTS) {
                    throw editedMeanwhile;
                }
            }
        }
    }

    private Optional<Contact> contact(String tenantId, ConsentConfirmation c) {
        return clients.card(tenantId, c.clientId()).map(ClientCard::contacts)
                .flatMap(cs -> cs.stream().filter(contact -> contact.id().equals(c.contactId())).findFirst());
    }

    private record Verified(String tenantId, ConsentConfirmation confirmation) {
    }

    private Verified verify(String token) {
        LinkSigner.Opened opened = links.open(token).orElseThrow(InvalidLink::new);
        String tenantId = opened.claims().tenantId();
        ConsentConfirmation confirmation = lookups.consentConfirmation(tenantId, opened.claims().subjectId())
                .filter(c -> opened.signedFor(c.email())).orElseThrow(InvalidLink::new);
        if (!confirmation.confirmed() && confirmation.expired(clock.instant())) {
            throw new LinkExpired();
        }
        return new Verified(tenantId, confirmation);
    }

    /**
     * What the public page shows: the masked address, the consents, the language, and whether it is done.
     */
    public record ConsentView(String maskedEmail, List<String> consents, String locale, String formName,
                              boolean confirmed) {
        static ConsentView of(ConsentConfirmation c) {
            return new ConsentView(Unsubscribes.mask(c.email()), c.consents(), c.locale(), c.formName(), c.confirmed());
        }
    }
}
