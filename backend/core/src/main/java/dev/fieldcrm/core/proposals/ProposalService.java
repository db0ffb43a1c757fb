package dev.fieldcrm.core.proposals;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.clients.Address;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.ClientAccess;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.Requisites;
import dev.fieldcrm.core.files.FilePath;
import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.idempotency.Idempotency;
import dev.fieldcrm.core.idempotency.IdempotentRequest;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Commercial proposals: a rep prices lines for a client, the tenant's template lays them out as HTML and PDF, both
 * files go to the file store under the client, and a {@link Proposal} item records it in the client's partition
 * (with an audit entry, in one transaction). Admins replace the tenant's template.
 *
 * <p>The files are stored before the item is written: an item never links to a missing file. A write that fails
 * after that leaves two unreferenced files under a fresh id, which nothing lists.
 */
public final class ProposalService {
    public static final int MAX_LINES = 200;
    public static final int DEFAULT_VALIDITY_DAYS = 30;
    public static final int MAX_TEMPLATE_CHARS = 100_000;
    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final ClientQueries clients;
    private final ProposalQueries proposals;
    private final ChangeWriter writer;
    private final ProposalRenderer renderer;
    private final FileStore files;
    private final ProposalLineSource lineSource;
    private final ProposalDealLink dealLink;
    private final Clock clock;

    /**
     * @param lineSource completes lines from the price list (the catalog's {@code CatalogProposalLines}; {@link ProposalLineSource#AS_TYPED} leaves them as typed)
     * @param dealLink   links the proposal from its deal
     */
    public ProposalService(ClientQueries clients, ProposalQueries proposals, ChangeWriter writer,
                           ProposalRenderer renderer, FileStore files, ProposalLineSource lineSource,
                           ProposalDealLink dealLink, Clock clock) {
        this.clients = clients;
        this.proposals = proposals;
        this.writer = writer;
        this.renderer = renderer;
        this.files = files;
        this.lineSource = lineSource;
        this.dealLink = dealLink;
        this.clock = clock;
    }

    /** Where a proposal's file lies in the tenant's file area: {@code clients/<clientId>/proposals/<id>.<ext>}. */
    public static FilePath filePath(String clientId, String proposalId, String extension) {
        return FilePath.of("clients", clientId, "proposals", proposalId + "." + extension);
    }

    /** The download link of a stored file (served by the files endpoint, which checks access to the client). */
    public static String downloadUrl(FilePath path) {
        return "/api/v1/files/" + path.value();
    }

    /**
     * Makes a proposal for a client whoever may work the client (others get "not found").
     *
     * @return the recorded proposal, with the links to its PDF and HTML
     */
    public Proposal create(Caller caller, String clientId, ProposalRequest request, IdempotentRequest idempotent) {
        ClientCard card = clients.card(caller.tenantId(), clientId)
                .filter(c -> ClientAccess.canWork(caller, c.client()))
                .orElseThrow(() -> new NotFound("client"));
        Contact contact = contactOf(card, request.contactId());
        String dealId = request.dealId() == null || request.dealId().isBlank() ? null
                : Ids.requireValid("dealId", request.dealId());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, caller.zone());
        LocalDate validUntil = request.validUntil() == null ? today.plusDays(DEFAULT_VALIDITY_DAYS) : request.validUntil();
        if (validUntil.isBefore(today)) {
            throw ValidationFailed.of("validUntil", "must not be before today (" + today + ")");
        }
        List<ProposalLine> lines = price(request.lines() == null ? List.of()
                : lineSource.complete(caller, card.client(), request.currency(), request.lines()));
        ProposalTotals totals = ProposalTotals.of(lines);

        ProposalTemplate template = template(caller.tenantId());
        String id = Ids.newId();
        // Readable and unique without a counter item: the date and the random tail of the id.
        String number = today.format(NUMBER_DATE) + "-" + id.substring(id.length() - 6);
        ProposalContent content = new ProposalContent(
                template.sellerName() == null ? caller.tenantId() : template.sellerName(),
                party(card.client()),
                contact == null ? null : new ProposalContent.Person(contact.details().name(), contact.details().position()),
                request.title().strip(), number, today, validUntil, request.currency(), lines, totals,
                request.notes() == null || request.notes().isBlank() ? null : request.notes().strip(),
                request.language() == null ? "ru" : request.language());
        FilePath pdf = filePath(clientId, id, "pdf");
        FilePath html = filePath(clientId, id, "html");
        Proposal proposal = new Proposal(id, clientId, number, content.title(), today, validUntil, request.currency(),
                totals, lines.size(), contact == null ? null : contact.id(), dealId, downloadUrl(pdf), downloadUrl(html),
                now, caller.userId(), 1);
        ChangeSet changes = new ChangeSet().create(proposal)
                .audit(Audit.entry(caller, now, clientId, "proposal", id, "created", null, proposal));
        if (dealId != null) {
            // Before rendering: a deal that cannot take the link refuses the request with no file written.
            dealLink.link(caller, proposal, card.client().ownerId(), changes);
        }

        RenderedProposal rendered = renderer.render(template.source(), content);
        files.put(caller.tenantId(), html, "text/html; charset=utf-8", rendered.html());
        files.put(caller.tenantId(), pdf, "application/pdf", rendered.pdf());
        Idempotency.remember(changes, caller, idempotent, proposal, now);
        writer.apply(caller.tenantId(), changes);
        return proposal;
    }

    /** A client's proposals, newest first, for whoever may work the client. */
    public Page<Proposal> list(Caller caller, String clientId, PageRequest page) {
        clients.find(caller.tenantId(), clientId)
                .filter(client -> ClientAccess.canWork(caller, client))
                .orElseThrow(() -> new NotFound("client"));
        return proposals.byClient(caller.tenantId(), clientId, page);
    }

    /** The tenant's proposal template: its own, or the built-in one (version 0). Admins only. */
    public ProposalTemplate template(Caller caller) {
        requireAdmin(caller);
        return template(caller.tenantId());
    }

    /**
     * Replaces the tenant's template after checking that it parses and renders a sample proposal.
     *
     * @param expectedVersion the version the admin read: 0 when replacing the built-in template
     */
    public ProposalTemplate saveTemplate(Caller caller, String source, String sellerName, long expectedVersion) {
        requireAdmin(caller);
        if (source == null || source.isBlank()) {
            throw ValidationFailed.of("source", "must not be blank");
        }
        if (source.length() > MAX_TEMPLATE_CHARS) {
            throw ValidationFailed.of("source", "must be at most " + MAX_TEMPLATE_CHARS + " characters");
        }
        renderer.check(source);
        ProposalTemplate saved = new ProposalTemplate(source,
                sellerName == null || sellerName.isBlank() ? null : sellerName.strip(),
                clock.instant(), caller.userId(), expectedVersion + 1);
        ChangeSet changes = expectedVersion == ProposalTemplate.BUILT_IN_VERSION
                ? new ChangeSet().create(saved) : new ChangeSet().replace(saved, expectedVersion);
        try {
            writer.apply(caller.tenantId(), changes);
        } catch (AlreadyExists storedMeanwhile) {
            // The admin replaced the built-in template, but another admin had stored one since.
            long current = proposals.template(caller.tenantId()).map(ProposalTemplate::version).orElse(-1L);
            throw new VersionConflict("proposal template", current);
        }
        return saved;
    }

    private ProposalTemplate template(String tenantId) {
        return proposals.template(tenantId).orElseGet(() -> ProposalTemplate.builtIn(renderer.defaultTemplate()));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw new Forbidden("only an admin can manage the proposal template");
        }
    }

    private static List<ProposalLine> price(List<ProposalLineInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw ValidationFailed.of("lines", "must not be empty");
        }
        if (inputs.size() > MAX_LINES) {
            throw ValidationFailed.of("lines", "must have at most " + MAX_LINES + " lines");
        }
        List<ProposalLine> lines = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            lines.add(ProposalLine.of(inputs.get(i), "lines[" + i + "]"));
        }
        return lines;
    }

    private static Contact contactOf(ClientCard card, String contactId) {
        if (contactId == null || contactId.isBlank()) {
            return null;
        }
        Optional<Contact> contact = card.contacts().stream()
                .filter(c -> c.id().equals(contactId) && !c.archived()).findFirst();
        return contact.orElseThrow(() -> ValidationFailed.of("contactId", "is not a contact of this client"));
    }

    private static ProposalContent.Party party(Client client) {
        ClientDetails details = client.details();
        Requisites requisites = details.requisites();
        List<String> addresses = new ArrayList<>();
        for (Address address : details.addresses()) {
            addresses.add(address.line());
        }
        return new ProposalContent.Party(details.name(), details.legalForm(),
                requisites == null ? null : requisites.taxId(),
                requisites == null ? null : requisites.registrationNumber(),
                requisites == null ? null : requisites.bankAccount(),
                requisites == null ? null : requisites.bankName(),
                addresses);
    }
}
