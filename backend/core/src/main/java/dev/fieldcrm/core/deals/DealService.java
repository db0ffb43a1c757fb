package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientAccess;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.Money;
import dev.fieldcrm.core.idempotency.Idempotency;
import dev.fieldcrm.core.idempotency.IdempotentRequest;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.FieldError;
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
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskPlan;
import dev.fieldcrm.core.tasks.TaskService;
import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Use cases of deals: create, change, hand over, move through the pipeline, read, list, and the kanban board.
 *
 * <p>Every write is one transaction holding the deal, its stage-history entry (on a move), its audit entry, its
 * summary on the client's card (open deals only), the owner's tally counters (for the board) and, when a deal is
 * frozen, the task to come back to it.
 */
public final class DealService {
    public static final int BOARD_PAGE = 20;
    static final LocalTime RETURN_TIME = LocalTime.of(10, 0);

    private final SettingsQueries settings;
    private final DealQueries deals;
    private final ClientQueries clients;
    private final TaskService tasks;
    private final UserStore users;
    private final ChangeWriter writer;
    private final Clock clock;

    public DealService(SettingsQueries settings, DealQueries deals, ClientQueries clients, TaskService tasks,
                       UserStore users, ChangeWriter writer, Clock clock) {
        this.settings = settings;
        this.deals = deals;
        this.clients = clients;
        this.tasks = tasks;
        this.users = users;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * A new deal owned by the caller, at the first stage of its pipeline. With a client-chosen id (offline
     * create) a repeated create returns the stored deal instead of failing.
     */
    public Deal create(Caller caller, String requestedId, DealInput input, IdempotentRequest idempotent) {
        return create(caller, requestedId, input, null, idempotent);
    }

    /**
     * The same, starting at {@code stageId}: an open stage of the pipeline whose required fields the deal fills (null:
     * the first stage) — a web form's routing names where its deals start.
     */
    public Deal create(Caller caller, String requestedId, DealInput input, String stageId, IdempotentRequest idempotent) {
        String id = requestedId == null ? Ids.newId() : Ids.requireValid("id", requestedId);
        Instant now = clock.instant();
        ChangeSet changes = new ChangeSet();
        Deal deal = planCreate(caller, id, input, stageId, caller.userId(), caller.teamId(), null, now, changes);
        Idempotency.remember(changes, caller, idempotent, deal, now);
        try {
            writer.apply(caller.tenantId(), changes);
            return deal;
        } catch (AlreadyExists e) {
            if (requestedId == null) {
                throw e;
            }
            // The same offline create arriving again: answer with what is stored (if the caller may see it).
            return visible(caller, deals.find(caller.tenantId(), id));
        }
    }

    /**
     * Adds a new deal's writes to {@code changes} (the deal, its first stage-history entry, card summary, tally and
     * audit entry), checked as {@link #create} checks them: for a use case that creates a deal together with other
     * records in one transaction (converting a lead).
     *
     * @param stageId    an open stage of the pipeline to start at (its required fields must be filled in); null: the
     *                   pipeline's first stage
     * @param createdWith the client being created in the same transaction, which {@code input.clientId()} may name
     *                    (its card cannot be read yet); null when the deal refers to stored records only
     */
    public Deal planCreate(Caller caller, String id, DealInput input, String stageId, String ownerId, String teamId,
                           Client createdWith, Instant now, ChangeSet changes) {
        SalesConfig config = settings.load(caller.tenantId());
        Pipeline pipeline = config.pipelineOrDefault(input.pipelineId(), "pipelineId");
        Links links = links(caller, input, config.settings(), createdWith);
        Stage stage = stageId == null ? pipeline.firstStage() : pipeline.stage(stageId)
                .filter(s -> s.kind() == StageKind.OPEN)
                .orElseThrow(() -> ValidationFailed.of("stageId", "is not an open (work in progress) stage of pipeline '" + pipeline.id() + "'"));
        Deal deal = new Deal(id, input.clientId(), input.contactId(), ownerId, teamId,
                input.title().strip(), input.amount(), input.budget(), input.source(), input.partnerId(),
                input.proposalLink(), input.demoLink(), input.customFields(), input.expectedCloseDate(),
                pipeline.id(), stage.id(), now, DealStatus.OPEN, null, null, null,
                Deal.mismatch(ownerId, input.clientId(), links.clientOwnerId()),
                now, caller.userId(), now, caller.userId(), 1);
        List<FieldError> missing = missingFields(deal, stage);
        if (!missing.isEmpty()) {
            throw new ValidationFailed(missing);
        }
        changes.create(deal)
                .create(StageChange.of(Ids.newId(), null, deal, caller.userId(), null, null));
        derived(changes, caller, config, null, deal, now, "created");
        return deal;
    }

    /** The deal and its stage history (one Query); 404 for a deal the caller may not work. */
    public DealView get(Caller caller, String dealId) {
        return deals.withHistory(caller.tenantId(), dealId)
                .filter(view -> DealAccess.canWork(caller, view.deal()))
                .orElseThrow(() -> new NotFound("deal"));
    }

    /** Changes the editable fields. A deal stays in its pipeline. */
    public Deal update(Caller caller, String dealId, long expectedVersion, DealInput input) {
        Deal current = current(caller, dealId, expectedVersion);
        if (input.pipelineId() != null && !input.pipelineId().equals(current.pipelineId())) {
            throw ValidationFailed.of("pipelineId", "a deal stays in its pipeline; create a new deal for another one");
        }
        SalesConfig config = settings.load(caller.tenantId());
        Links links = links(caller, input, config.settings());
        Instant now = clock.instant();
        Deal updated = current.withDetails(input, links.clientOwnerId(), caller.userId(), now);
        ChangeSet changes = new ChangeSet().replace(updated, expectedVersion);
        derived(changes, caller, config, current, updated, now, "updated");
        writer.apply(caller.tenantId(), changes);
        return updated;
    }

    /** Hands a deal over to another rep: managers (within their team) and admins only. */
    public Deal reassign(Caller caller, String dealId, long expectedVersion, String newOwnerId) {
        if (!caller.supervises()) {
            throw new Forbidden("only a manager or an admin can hand a deal over to another rep");
        }
        Deal current = current(caller, dealId, expectedVersion);
        User owner = users.find(caller.tenantId(), newOwnerId)
                .filter(User::active)
                .orElseThrow(() -> ValidationFailed.of("ownerId", "is not an active user of this tenant"));
        if (!caller.is(Role.ADMIN) && !Objects.equals(owner.teamId(), caller.teamId())) {
            throw ValidationFailed.of("ownerId", "is not a member of your team");
        }
        SalesConfig config = settings.load(caller.tenantId());
        Instant now = clock.instant();
        Deal updated = current.withOwner(owner.id(), owner.teamId(), clientOwner(caller, current.clientId()), caller.userId(), now);
        ChangeSet changes = new ChangeSet().replace(updated, expectedVersion);
        derived(changes, caller, config, current, updated, now, "reassigned");
        writer.apply(caller.tenantId(), changes);
        return updated;
    }

    /**
     * Moves a deal to another stage of its pipeline. Refused (422, every problem listed) when the deal lacks a
     * field the stage requires, when a WON/LOST stage gets no reason from the tenant's lists, or when a FROZEN
     * stage gets no future {@code returnOn} or the deal has no client to plan the return on. Reopening a closed
     * deal is for managers and admins.
     */
    public Deal move(Caller caller, String dealId, long expectedVersion, StageMove move) {
        Deal current = current(caller, dealId, expectedVersion);
        SalesConfig config = settings.load(caller.tenantId());
        Pipeline pipeline = config.pipeline(current.pipelineId())
                .orElseThrow(() -> ValidationFailed.of("stageId", "the deal's pipeline no longer exists"));
        Stage target = pipeline.stage(move.stageId())
                .orElseThrow(() -> ValidationFailed.of("stageId", "is not a stage of pipeline '" + pipeline.id() + "'"));
        if (target.id().equals(current.stageId())) {
            throw ValidationFailed.of("stageId", "the deal is at this stage already");
        }
        if (!current.isOpen() && !caller.supervises()) {
            throw new Forbidden("only a manager or an admin can reopen a closed deal");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), caller.zone());
        List<FieldError> errors = missingFields(current, target);
        reasonError(target, move.reason(), config.settings()).ifPresent(errors::add);
        if (target.kind() == StageKind.FROZEN) {
            if (move.returnOn() == null) {
                errors.add(new FieldError("returnOn", "is required to freeze a deal: the day to come back to it"));
            } else if (!move.returnOn().isAfter(today)) {
                errors.add(new FieldError("returnOn", "must be a future day"));
            }
            if (current.clientId() == null) {
                errors.add(new FieldError("clientId", "a frozen deal needs a client to plan the return on"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Instant now = clock.instant();
        boolean freezing = target.kind() == StageKind.FROZEN;
        // Leaving a frozen stage closes the step planned to come back to the deal (if still open).
        boolean unfreezing = current.returnTaskId() != null && current.clientId() != null;
        ClientCard card = null;
        String clientOwnerId = null;
        if (freezing || unfreezing) {
            card = clients.card(caller.tenantId(), current.clientId()).orElse(null);
            if (card == null && freezing) {
                throw ValidationFailed.of("clientId", "the deal's client no longer exists");
            }
            clientOwnerId = card == null ? null : card.client().ownerId();
        } else {
            clientOwnerId = clientOwner(caller, current.clientId());
        }
        Task comeBack = freezing ? returnTask(caller, card, current, move.returnOn(), now) : null;
        LocalDate frozenUntil = freezing ? move.returnOn() : null;
        LocalDate trialEndsAt = target.kind() == StageKind.TRIAL ? today.plusDays(target.trialDays()) : null;
        Deal moved = current.inStage(target, move.reason(), frozenUntil, trialEndsAt,
                comeBack == null ? null : comeBack.id(), clientOwnerId, caller.userId(), now);
        ChangeSet changes = new ChangeSet().replace(moved, expectedVersion)
                .create(StageChange.of(Ids.newId(), current, moved, caller.userId(), move.reason(), move.comment()));
        if (unfreezing && card != null) {
            String taskId = current.returnTaskId();
            card.openTasks().stream().filter(t -> t.id().equals(taskId)).findFirst().ifPresent(step -> {
                Task done = step.completed("the deal left the stage '" + current.stageId() + "' for '" + target.id() + "'",
                        caller.userId(), now);
                changes.move(step, step.version(), done)
                        .audit(Audit.entry(caller, now, step.clientId(), "task", step.id(), "completed", step, done));
            });
        }
        if (comeBack != null) {
            changes.create(comeBack)
                    .audit(Audit.entry(caller, now, card.client().id(), "task", comeBack.id(), "planned", null, comeBack));
        }
        derived(changes, caller, config, current, moved, now, "moved");
        writer.apply(caller.tenantId(), changes);
        return moved;
    }

    /**
     * Sets the link to the deal's commercial proposal (for the proposals feature, which generates it), with the
     * same version check as any other change.
     */
    public Deal linkProposal(Caller caller, String dealId, long expectedVersion, String proposalLink) {
        if (proposalLink == null || !proposalLink.matches(DealInput.URL) || proposalLink.length() > 2000) {
            throw ValidationFailed.of("proposalLink", "must be an http(s) URL");
        }
        Deal current = current(caller, dealId, expectedVersion);
        ChangeSet changes = new ChangeSet();
        Deal updated = linked(caller, current, clientOwner(caller, current.clientId()), proposalLink, clock.instant(), changes);
        writer.apply(caller.tenantId(), changes);
        return updated;
    }

    /**
     * Adds to {@code changes} the deal's link to a proposal made for it, so that the proposal and the link are stored
     * in one transaction. The deal must be one of {@code clientId}'s that the caller works; the version read here is
     * the condition of the write, so a concurrent edit of the deal fails the whole proposal.
     *
     * @param clientOwnerId the owner of {@code clientId}, as the caller already read it
     */
    public void linkProposal(Caller caller, String dealId, String clientId, String clientOwnerId, String link, Instant at,
                             ChangeSet changes) {
        Deal current = deals.find(caller.tenantId(), dealId)
                .filter(d -> DealAccess.canWork(caller, d))
                .filter(d -> clientId.equals(d.clientId()))
                .orElseThrow(() -> ValidationFailed.of("dealId", "is not a deal of this client that you work"));
        linked(caller, current, clientOwnerId, link, at, changes);
    }

    /** The deal with its proposal link, added to {@code changes} on the version read (with its derived items). */
    private Deal linked(Caller caller, Deal current, String clientOwnerId, String link, Instant at, ChangeSet changes) {
        SalesConfig config = settings.load(caller.tenantId());
        Deal updated = current.withProposalLink(link, clientOwnerId, caller.userId(), at);
        changes.replace(updated, current.version());
        derived(changes, caller, config, current, updated, at, "proposal linked");
        return updated;
    }

    /**
     * Lists deals, each list one Query: a client's deals ({@code clientId}); one rep's ({@code ownerId}, a rep only
     * own); otherwise a rep's own, a manager's team, an admin's one stage tenant-wide ({@code pipelineId} and
     * {@code stageId}). {@code pipelineId}/{@code stageId} narrow the owner and team lists by key prefix.
     */
    public Page<Deal> list(Caller caller, String ownerId, String pipelineId, String stageId, String clientId, PageRequest page) {
        if (stageId != null && pipelineId == null) {
            throw ValidationFailed.of("pipelineId", "is required with stageId");
        }
        String prefix = DealQueries.sortPrefix(pipelineId, stageId);
        String tenant = caller.tenantId();
        if (clientId != null) {
            clients.find(tenant, clientId).filter(c -> ClientAccess.canWork(caller, c)).orElseThrow(() -> new NotFound("client"));
            Page<Deal> found = deals.byClient(tenant, clientId, page);
            return new Page<>(found.items().stream()
                    .filter(d -> DealAccess.canWork(caller, d))
                    .filter(d -> prefix == null || (d.pipelineId() + "#" + d.stageId() + "#").startsWith(prefix))
                    .filter(d -> ownerId == null || ownerId.equals(d.ownerId()))
                    .toList(), found.nextCursor());
        }
        if (ownerId != null && !ownerId.equals(caller.userId())) {
            new TeamScope(users).require(caller, ownerId);
            return deals.byOwner(tenant, ownerId, prefix, page);
        }
        if (ownerId != null || !caller.supervises()) {
            return deals.byOwner(tenant, caller.userId(), prefix, page);
        }
        if (caller.is(Role.ADMIN) && stageId != null) {
            return deals.byStage(tenant, pipelineId, stageId, page);
        }
        if (caller.teamId() != null) {
            return deals.byTeam(tenant, caller.teamId(), prefix, page);
        }
        throw ValidationFailed.of("stageId", "an admin without a team lists the tenant's deals one stage at a time: give pipelineId and stageId");
    }

    /**
     * The kanban board of a pipeline: one owner's (a rep: own; {@code ownerId} for a manager or admin), a manager's
     * team, or (an admin) the tenant. Counts and sums come from the tally items (GetItem or one Query), the first
     * {@code perStage} deals of each stage from one Query per stage.
     */
    public DealBoard board(Caller caller, String pipelineId, String ownerId, Integer perStage) {
        int limit = perStage == null ? BOARD_PAGE : perStage;
        if (limit < 1 || limit > BOARD_PAGE) {
            throw ValidationFailed.of("limit", "must be between 1 and " + BOARD_PAGE);
        }
        String tenant = caller.tenantId();
        Pipeline pipeline = settings.load(tenant).pipelineOrDefault(pipelineId, "pipelineId");
        List<DealTally> tallies;
        Function<Stage, Page<Deal>> firstPage;
        String boardOwner = null;
        String boardTeam = null;
        if (ownerId != null || !caller.supervises()) {
            String owner = ownerId == null ? caller.userId() : ownerId;
            String team = owner.equals(caller.userId()) ? caller.teamId() : new TeamScope(users).require(caller, owner).teamId();
            tallies = deals.tally(tenant, new DealTally.Key(TeamScope.teamKey(team), owner)).map(List::of).orElse(List.of());
            firstPage = stage -> deals.byOwner(tenant, owner, DealQueries.sortPrefix(pipeline.id(), stage.id()), PageRequest.first(limit));
            boardOwner = owner;
        } else if (!caller.is(Role.ADMIN) && caller.teamId() != null) {
            String team = caller.teamId();
            tallies = deals.tallies(tenant, team);
            firstPage = stage -> deals.byTeam(tenant, team, DealQueries.sortPrefix(pipeline.id(), stage.id()), PageRequest.first(limit));
            boardTeam = team;
        } else if (caller.is(Role.ADMIN)) {
            tallies = deals.tallies(tenant, null);
            firstPage = stage -> deals.byStage(tenant, pipeline.id(), stage.id(), PageRequest.first(limit));
        } else {
            throw new Forbidden("a manager without a team has no team board; give ownerId");
        }
        List<DealBoard.Column> columns = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            DealTally.StageTotals totals = DealTally.totals(tallies, pipeline.id(), stage.id());
            List<Money> sums = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> sum : totals.sums().entrySet()) {
                sums.add(new Money(sum.getValue(), sum.getKey()));
            }
            Page<Deal> first = firstPage.apply(stage);
            columns.add(new DealBoard.Column(stage.id(), stage.name(), stage.kind(), stage.probability(), totals.count(),
                    sums, first.items(), first.nextCursor()));
        }
        return new DealBoard(pipeline.id(), boardOwner, boardTeam, columns);
    }

    /** Every field the target stage requires that the deal lacks, named as the API names them. */
    static List<FieldError> missingFields(Deal deal, Stage target) {
        List<FieldError> errors = new ArrayList<>();
        for (DealField field : DealField.values()) {
            if (target.requiredFields().contains(field) && !field.isFilledIn(deal)) {
                errors.add(new FieldError(field.field(), "is required at stage '" + target.name() + "'"));
            }
        }
        return errors;
    }

    static Optional<FieldError> reasonError(Stage target, String reason, SalesSettings settings) {
        List<String> allowed = switch (target.kind()) {
            case WON -> settings.wonReasons();
            case LOST -> settings.lostReasons();
            default -> null;
        };
        if (allowed == null || reason != null && allowed.contains(reason)) {
            return Optional.empty();
        }
        return Optional.of(new FieldError("reason", "closing a deal as " + target.kind() + " needs one of: " + String.join(", ", allowed)));
    }

    private Task returnTask(Caller caller, ClientCard card, Deal deal, LocalDate returnOn, Instant now) {
        String title = "Return to deal " + deal.title();
        TaskPlan plan = new TaskPlan(TaskKind.CALL, title.length() > 300 ? title.substring(0, 300) : title,
                returnOn.atTime(RETURN_TIME).atZone(caller.zone()).toInstant(), null, deal.contactId(), deal.ownerId());
        return tasks.newTask(caller, card, Ids.newId(), plan, now, "");
    }

    /** What every deal write carries beside the deal: the card summary, the owner's tally and the audit entry. */
    private static void derived(ChangeSet changes, Caller caller, SalesConfig config, Deal before, Deal after,
                                Instant now, String action) {
        boolean summaryBefore = before != null && before.isOpen() && before.clientId() != null;
        boolean summaryAfter = after.isOpen() && after.clientId() != null;
        if (summaryBefore && (!summaryAfter || !before.clientId().equals(after.clientId()))) {
            changes.remove(DealSummary.of(before, config));
        }
        if (summaryAfter) {
            changes.overwrite(DealSummary.of(after, config));
        }
        DealTally.deltas(before, after).forEach(changes::count);
        changes.create(new DealAuditEntry(after.id(),
                Audit.entry(caller, now, after.clientId(), "deal", after.id(), action, before, after)));
    }

    /** The organisation, contact, partner and source a deal refers to, checked together (every problem listed). */
    private Links links(Caller caller, DealInput input, SalesSettings settings) {
        return links(caller, input, settings, null);
    }

    /** As above; a client {@code createdWith} the deal is taken as it is (it has no stored card yet). */
    private Links links(Caller caller, DealInput input, SalesSettings settings, Client createdWith) {
        if (createdWith != null && createdWith.id().equals(input.clientId())) {
            DealInput stored = new DealInput(input.title(), null, null, input.amount(), input.budget(), input.source(),
                    input.partnerId(), input.proposalLink(), input.demoLink(), input.customFields(),
                    input.expectedCloseDate(), input.pipelineId());
            links(caller, stored, settings, null);
            return new Links(createdWith.ownerId());
        }
        List<FieldError> errors = new ArrayList<>();
        ClientCard card = null;
        if (input.clientId() != null) {
            card = clients.card(caller.tenantId(), input.clientId())
                    .filter(c -> ClientAccess.canWork(caller, c.client())).orElse(null);
            if (card == null) {
                errors.add(new FieldError("clientId", "is not a client you work with"));
            }
        }
        if (input.contactId() != null) {
            if (input.clientId() == null) {
                errors.add(new FieldError("contactId", "needs the deal's clientId"));
            } else if (card != null && card.contacts().stream().noneMatch(c -> c.id().equals(input.contactId()))) {
                errors.add(new FieldError("contactId", "is not a contact of this client"));
            }
        }
        if (input.partnerId() != null && clients.find(caller.tenantId(), input.partnerId()).isEmpty()) {
            errors.add(new FieldError("partnerId", "is not a client of this tenant"));
        }
        if (input.source() != null && !settings.sources().contains(input.source())) {
            errors.add(new FieldError("source", "must be one of: " + String.join(", ", settings.sources())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Links(card == null ? null : card.client().ownerId());
    }

    private record Links(String clientOwnerId) {
    }

    private String clientOwner(Caller caller, String clientId) {
        return clientId == null ? null : clients.find(caller.tenantId(), clientId).map(Client::ownerId).orElse(null);
    }

    /** The deal as stored, if the caller may work it and names its current version. */
    private Deal current(Caller caller, String dealId, long expectedVersion) {
        Deal current = visible(caller, deals.find(caller.tenantId(), dealId));
        if (current.version() != expectedVersion) {
            throw new VersionConflict("deal", current.version());
        }
        return current;
    }

    private static Deal visible(Caller caller, Optional<Deal> deal) {
        return deal.filter(d -> DealAccess.canWork(caller, d)).orElseThrow(() -> new NotFound("deal"));
    }
}
