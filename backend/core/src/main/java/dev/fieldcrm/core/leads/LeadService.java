package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientAccess;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.clients.ContactService;
import dev.fieldcrm.core.clients.Geography;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealInput;
import dev.fieldcrm.core.deals.DealService;
import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.journal.JournalService;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Duplicate;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.UniqueValue;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.core.users.User;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The leads inbox: list, read, hand over, convert into a client, merge into an existing client, reject.
 *
 * <p>Who may do what follows the clients' rule ({@link ClientAccess}): a rep works own leads, a manager the team's,
 * an admin every lead of the tenant; only managers and admins hand leads over. A lead of another tenant or another
 * rep is simply not found. Every change names the version it was based on ({@code If-Match}) and is one transaction
 * that also releases the lead's email/phone guards when it leaves the inbox.
 */
public final class LeadService {
    private static final int MESSAGE_LENGTH = 4000;

    private final LeadQueries leads;
    private final ClientQueries clients;
    private final ClientService clientService;
    private final ContactService contacts;
    private final DealService deals;
    private final JournalService journal;
    private final TeamScope team;
    private final ChangeWriter writer;
    private final Clock clock;

    public LeadService(LeadQueries leads, ClientQueries clients, ClientService clientService, ContactService contacts,
                       DealService deals, JournalService journal, TeamScope team, ChangeWriter writer, Clock clock) {
        this.leads = leads;
        this.clients = clients;
        this.clientService = clientService;
        this.contacts = contacts;
        this.deals = deals;
        this.journal = journal;
        this.team = team;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * One page of leads of one status (OPEN when absent), newest first, in one Query: a rep's own (GSI3); a manager's
     * team (GSI4); an admin's whole tenant (GSI2, unassigned leads included); {@code ownerId} narrows a manager or
     * admin to one rep of their scope (GSI3).
     */
    public Page<Lead> list(Caller caller, LeadStatus status, String ownerId, PageRequest page) {
        LeadStatus wanted = status == null ? LeadStatus.OPEN : status;
        String tenant = caller.tenantId();
        if (ownerId != null && !ownerId.equals(caller.userId())) {
            team.require(caller, ownerId);
            return leads.byOwner(tenant, ownerId, wanted, page);
        }
        if (ownerId != null || !caller.supervises()) {
            return leads.byOwner(tenant, caller.userId(), wanted, page);
        }
        if (caller.is(Role.ADMIN)) {
            return leads.all(tenant, wanted, page);
        }
        if (caller.teamId() == null) {
            throw new Forbidden("a manager without a team has no team inbox; give ownerId");
        }
        return leads.byTeam(tenant, caller.teamId(), wanted, page);
    }

    /** The lead and its inbound requests: GetItem lead · [BatchGetItem of its requests]. */
    public LeadView get(Caller caller, String leadId) {
        Lead lead = visible(caller, leadId);
        List<InboundSummary> inbound = leads.inbound(caller.tenantId(), lead.inboundIds()).stream()
                .sorted(Comparator.comparing(InboundRequest::receivedAt).thenComparing(InboundRequest::id))
                .map(InboundSummary::of)
                .toList();
        return new LeadView(lead, inbound);
    }

    /**
     * Hands an open lead to another rep (managers within their team, admins anyone active): GetItem lead · GetItem
     * user · TWI: Put lead, Put audit. The new owner is told by the worker from the stream (as for deals and
     * clients), so every assignment notification goes one way.
     */
    public Lead reassign(Caller caller, String leadId, long expectedVersion, String newOwnerId) {
        if (!caller.supervises()) {
            throw new Forbidden("only a manager or an admin can hand a lead over to another rep");
        }
        Lead current = open(caller, leadId, expectedVersion);
        User owner = clientService.assignableOwner(caller, newOwnerId);
        Instant now = clock.instant();
        Lead updated = current.withOwner(owner.id(), owner.teamId(), caller.userId(), now);
        writer.apply(caller.tenantId(), new ChangeSet().replace(updated, expectedVersion)
                .create(audit(caller, now, null, current, updated, "reassigned")));
        return updated;
    }

    /**
     * Turns an open lead into a client (owned by the lead's owner, else by the caller) with a contact holding the
     * lead's email and phone, and optionally a deal — one transaction that also releases the lead's guards. The
     * client's and contact's rules are {@link ClientService}'s and {@link ContactService}'s, the deal's
     * {@link DealService}'s. An email or phone that already belongs to a client is a 409 naming that client and
     * suggesting a merge instead.
     */
    public LeadConverted convert(Caller caller, String leadId, long expectedVersion, LeadConversion input) {
        Lead current = open(caller, leadId, expectedVersion);
        Instant now = clock.instant();
        String ownerId = current.ownerId() == null ? caller.userId() : current.ownerId();
        String teamId = current.ownerId() == null ? caller.teamId() : current.teamId();
        ChangeSet changes = new ChangeSet();
        Client client = clientService.planCreate(caller, ownerId, teamId, Ids.newId(), clientDetails(current, input), now, changes);
        Contact contact = contacts.planAdd(caller, client.id(), Ids.newId(), contactDetails(current, input), now, changes);
        Deal deal = null;
        if (input.deal() != null) {
            LeadConversion.NewDeal wanted = input.deal();
            DealInput dealInput = new DealInput(wanted.title(), client.id(), contact.id(), wanted.amount(), null,
                    wanted.source(), null, null, null, null, null, wanted.pipelineId());
            deal = deals.planCreate(caller, Ids.newId(), dealInput, wanted.stageId(), ownerId, teamId, client, now, changes);
        }
        Lead converted = current.resolved(LeadStatus.CONVERTED, "converted into client " + client.id(), client.id(),
                caller.userId(), now);
        leaveInbox(caller, current, converted, client.id(), "converted", now, changes);
        try {
            writer.apply(caller.tenantId(), changes);
        } catch (Duplicate taken) {
            throw matchesClient(taken, leadId);
        }
        return new LeadConverted(converted, client, contact, deal);
    }

    /**
     * Attaches an open lead to an existing client the caller works: the lead's message (or a note that it came) is
     * logged on the client as an interaction, the lead becomes MERGED and its guards are released; the email/SMS
     * consents the person gave go to the client's contact holding the lead's email (if any) — one transaction:
     * GetItem lead · Query card · TWI: Put interaction, Put audit, Put client profile, [Put contact, Put audit],
     * Put lead, Delete guards, Put lead audit.
     */
    public LeadMerged merge(Caller caller, String leadId, long expectedVersion, String clientId) {
        Lead current = open(caller, leadId, expectedVersion);
        ClientCard card = (clientId == null || !Ids.isValid(clientId) ? Optional.<ClientCard>empty()
                : clients.card(caller.tenantId(), clientId))
                .filter(c -> ClientAccess.canWork(caller, c.client()))
                .orElseThrow(() -> ValidationFailed.of("clientId", "is not a client you work with"));
        Instant now = clock.instant();
        ChangeSet changes = new ChangeSet();
        Interaction interaction = journal.planReceived(caller, card, interactionType(current), current.createdAt(),
                current.sourceName() == null ? "lead" : abbreviate(current.sourceName(), 40), mergedSummary(current), now, changes);
        Lead merged = current.resolved(LeadStatus.MERGED, "merged into client " + clientId, clientId, caller.userId(), now);
        // Consents the person gave as a lead go with them to the client's contact with their address.
        ContactConsents.holding(card, current.email()).ifPresent(contact -> ContactConsents.planConfirmed(caller, contact,
                ContactConsents.givenNames(consents(current)), "consents of lead " + current.id() + " merged", now, changes));
        leaveInbox(caller, current, merged, clientId, "merged", now, changes);
        writer.apply(caller.tenantId(), changes);
        return new LeadMerged(merged, interaction);
    }

    /**
     * Rejects an open lead (not a prospect, or spam) with a reason: GetItem lead · TWI: Put lead, Delete guards,
     * Put audit. A later request with the same email or phone makes a new lead (the guards are free again).
     */
    public Lead reject(Caller caller, String leadId, long expectedVersion, String reason, boolean spam) {
        if (reason == null || reason.isBlank()) {
            throw ValidationFailed.of("reason", "must not be blank: say why the lead is rejected");
        }
        Lead current = open(caller, leadId, expectedVersion);
        Instant now = clock.instant();
        Lead rejected = current.resolved(LeadStatus.REJECTED, (spam ? "spam: " : "") + reason.strip(), null,
                caller.userId(), now);
        ChangeSet changes = new ChangeSet();
        leaveInbox(caller, current, rejected, null, spam ? "rejected as spam" : "rejected", now, changes);
        writer.apply(caller.tenantId(), changes);
        return rejected;
    }

    /** The lead's new state (on its version), its guards released, and its audit entry. */
    private static void leaveInbox(Caller caller, Lead before, Lead after, String clientId, String action, Instant now,
                                   ChangeSet changes) {
        RecordRef ref = new RecordRef(before.id(), null, before.displayName());
        changes.replace(after, before.version());
        before.guards().forEach(guard -> changes.release(guard, ref));
        changes.create(audit(caller, now, clientId, before, after, action));
    }

    private static LeadAuditEntry audit(Caller caller, Instant now, String clientId, Lead before, Lead after, String action) {
        return new LeadAuditEntry(after.id(), Audit.entry(caller, now, clientId, "lead", after.id(), action, before, after));
    }

    /** A client's email/phone guard stood in the way: name the client and point to the merge. */
    private static Duplicate matchesClient(Duplicate taken, String leadId) {
        UniqueValue.Kind kind = taken.value().kind();
        if (kind != UniqueValue.Kind.EMAIL && kind != UniqueValue.Kind.PHONE) {
            return taken;
        }
        return new Duplicate(taken.value(), taken.existing(),
                "merge the lead into that client instead (POST /api/v1/leads/" + leadId + "/merge with its clientId)");
    }

    private static ClientDetails clientDetails(Lead lead, LeadConversion input) {
        LeadFields fields = lead.fields();
        String name = firstPresent(input.clientName(), fields == null ? null : fields.company(), lead.displayName());
        Geography geography = fields == null || (fields.country() == null && fields.region() == null && fields.city() == null)
                ? null : new Geography(fields.country(), fields.region(), fields.city(), null, null, null);
        return new ClientDetails(name, null, null, null, null, null, null, null, null, geography, null, null, null,
                null, null, null, null, null, null);
    }

    private static ContactDetails contactDetails(Lead lead, LeadConversion input) {
        String message = lead.fields() == null ? null : lead.fields().message();
        return new ContactDetails(firstPresent(input.contactName(), lead.displayName()), null, null,
                lead.phone() == null ? List.of() : List.of(lead.phone()),
                lead.email() == null ? List.of() : List.of(lead.email()),
                null, message == null ? null : abbreviate(message, 2000),
                ContactConsents.given(consents(lead), ContactConsents.EMAIL),
                ContactConsents.given(consents(lead), ContactConsents.SMS));
    }

    /** The consents the person gave (on the form, or confirmed by the double opt-in link before this change). */
    private static java.util.Map<String, Boolean> consents(Lead lead) {
        return lead.fields() == null || lead.fields().consents() == null ? java.util.Map.of() : lead.fields().consents();
    }

    private static InteractionType interactionType(Lead lead) {
        return lead.fields() != null && lead.fields().email() != null && lead.phone() == null
                ? InteractionType.EMAIL : InteractionType.NOTE;
    }

    private static String mergedSummary(Lead lead) {
        String message = lead.fields() == null ? null : lead.fields().message();
        String from = "Lead " + lead.displayName() + (lead.sourceName() == null ? "" : " (" + lead.sourceName() + ")");
        return abbreviate(message == null || message.isBlank() ? from : from + ": " + message.strip(), MESSAGE_LENGTH);
    }

    private static String firstPresent(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return null;
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** An open lead the caller works, at the version the caller names. */
    private Lead open(Caller caller, String leadId, long expectedVersion) {
        Lead current = visible(caller, leadId);
        if (current.version() != expectedVersion) {
            throw new VersionConflict("lead", current.version());
        }
        if (!current.isOpen()) {
            throw ValidationFailed.of("status", "the lead is " + current.status() + " already; only an OPEN lead can change");
        }
        return current;
    }

    private Lead visible(Caller caller, String leadId) {
        if (leadId == null || !Ids.isValid(leadId)) {
            throw new NotFound("lead");
        }
        return leads.find(caller.tenantId(), leadId)
                .filter(lead -> ClientAccess.canWork(caller, lead.ownerId(), lead.teamId()))
                .orElseThrow(() -> new NotFound("lead"));
    }
}
