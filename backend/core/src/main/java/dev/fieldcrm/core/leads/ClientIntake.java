package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.audit.Audit;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.ClientRules;
import dev.fieldcrm.core.clients.ClientType;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.clients.Geography;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealInput;
import dev.fieldcrm.core.deals.DealService;
import dev.fieldcrm.core.journal.InteractionInput;
import dev.fieldcrm.core.journal.JournalService;
import dev.fieldcrm.core.journal.NoNextStepReason;
import dev.fieldcrm.core.normalize.Phones;
import dev.fieldcrm.core.reminders.LeadAssignment;
import dev.fieldcrm.core.reminders.Notifications;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskPlan;
import dev.fieldcrm.core.users.User;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Inbound requests that land on a client's card: attached to the client already holding the person's email or
 * phone, or (tenant setting) made into a new client + contact + deal. Either way the request is an inbound
 * interaction in the client's journal with the next step "contact the lead" for the owner (one transaction of the
 * journal use case), and the client gets a deal if it has none open.
 */
final class ClientIntake {
    private final ClientQueries clients;
    private final JournalService journal;
    private final DealService deals;
    private final InboundAssignee assignee;
    private final ChangeWriter writer;
    private final Notifications notifications;

    ClientIntake(ClientQueries clients, JournalService journal, DealService deals, InboundAssignee assignee,
                 ChangeWriter writer, Notifications notifications) {
        this.clients = clients;
        this.journal = journal;
        this.deals = deals;
        this.assignee = assignee;
        this.writer = writer;
        this.notifications = notifications;
    }

    /**
     * Attaches the request to the client holding its person's email or phone; the owner is notified (at most once a
     * day per client: the journal and the agenda show every request). A client who writes again while the step to
     * answer an earlier request is still open gets the interaction but no second step: the open one is the answer to
     * both, and a pile of identical steps on the owner's agenda helps nobody.
     *
     * @return empty when the guard's client is gone (match again)
     */
    Optional<InboundOutcome> attach(Intake intake, RecordRef holder) {
        Optional<ClientCard> found = clients.card(intake.tenantId(), holder.clientId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ClientCard card = found.get();
        Client client = card.client();
        User owner = assignee.pick(intake, client.ownerId()).orElseThrow(() -> noOne(intake));
        String contactId = card.contacts().stream().anyMatch(c -> c.id().equals(holder.contactId())) ? holder.contactId() : null;
        Answered answered = logInbound(intake, client.id(), contactId, owner);
        String dealId = card.openDeals().isEmpty() ? openDeal(intake, client.id(), client.name(), contactId, owner) : null;
        notifications.leadAssigned(intake.tenantId(), owner.id(), new LeadAssignment("client", client.id(), intake.day(),
                client.name(), client.name(), InboundWording.actor(intake.request())));
        return Optional.of(new InboundOutcome(InboundOutcome.Kind.MATCHED_CLIENT, client.id(), contactId, null, dealId,
                answered.interactionId(), owner.id(), answered.taskId(), intake.now()));
    }

    /**
     * A new client (named after the company, else the person) with the person as its contact, claiming the contact's
     * email/phone guards in the same transaction — so of simultaneous requests from one person one creates the client
     * and the others meet {@link dev.fieldcrm.core.shared.Duplicate} and attach to it. Then the deal at the pipeline's
     * first stage and the journal entry with the next step. The owner hears of it through the client's creation
     * (the reminders' {@code AssignmentChanges}: created by {@value Intake#ACTOR} for someone else).
     */
    InboundOutcome create(Intake intake, String routedOwnerId) {
        User owner = assignee.pick(intake, routedOwnerId).orElseThrow(() -> noOne(intake));
        String clientId = intake.idOf("client");
        String contactId = intake.idOf("contact");
        Client client = storeClient(intake, owner, clientId, contactId);
        if (client == null) {
            // Another worker on this same request created the client first: go on as it did, with the stored owner.
            return resume(intake).orElseThrow();
        }
        String dealId = openDeal(intake, clientId, client.name(), contactId, owner);
        Answered answered = logInbound(intake, clientId, contactId, owner);
        return new InboundOutcome(InboundOutcome.Kind.NEW_CLIENT, clientId, contactId, null, dealId,
                answered.interactionId(), owner.id(), answered.taskId(), intake.now());
    }

    /**
     * Finishes a {@link #create} of this request that stored the client and stopped (a crash, or another worker):
     * the same interaction, next step and deal ids as that run, with the stored owner.
     */
    Optional<InboundOutcome> resume(Intake intake) {
        return attach(intake, new RecordRef(intake.idOf("client"), intake.idOf("contact"), null)).map(attached ->
                new InboundOutcome(InboundOutcome.Kind.NEW_CLIENT, attached.clientId(), attached.contactId(), null,
                        attached.dealId(), attached.interactionId(), attached.assigneeId(), attached.taskId(),
                        attached.processedAt()));
    }

    /** @return the stored client, or null when it exists already (created by an earlier or concurrent run) */
    private Client storeClient(Intake intake, User owner, String clientId, String contactId) {
        LeadFields fields = intake.request().fields() == null
                ? new LeadFields(null, null, null, null, null, null, null, null, null, null) : intake.request().fields();
        InboundPerson person = intake.person();
        ClientRules rules = new ClientRules(new Phones(intake.terms().phoneRegion()));
        String name = fields.company() == null || fields.company().isBlank() ? person.displayName() : fields.company().strip();
        Geography place = fields.country() == null && fields.region() == null && fields.city() == null ? null
                : new Geography(fields.country(), fields.region(), fields.city(), null, null, null);
        ClientDetails details = rules.normalise(new ClientDetails(name, null, null, null, null, null, null, null, null,
                place, null, null, ClientType.POTENTIAL, null, null, null, null, null, null));
        ContactDetails contactDetails = rules.normalise(new ContactDetails(person.displayName(), null, null,
                person.phone() == null ? List.of() : List.of(person.phone()),
                person.email() == null ? List.of() : List.of(person.email()), null, null,
                ContactConsents.given(fields.consents(), ContactConsents.EMAIL),
                ContactConsents.given(fields.consents(), ContactConsents.SMS)));
        Caller system = intake.system();
        Client client = new Client(clientId, owner.id(), owner.teamId(), details, false, null, List.of(),
                intake.now(), Intake.ACTOR, intake.now(), Intake.ACTOR, 1);
        Contact contact = new Contact(contactId, clientId, contactDetails, false, intake.now(), Intake.ACTOR,
                intake.now(), Intake.ACTOR, 1);
        ChangeSet changes = new ChangeSet().create(client).create(contact)
                .audit(Audit.entry(system, intake.now(), clientId, "client", clientId, "created", null, client))
                .audit(Audit.entry(system, intake.now(), clientId, "contact", contactId, "created", null, contact));
        RecordRef ref = new RecordRef(clientId, contactId, contactDetails.name());
        ClientRules.uniques(contactDetails).forEach(value -> changes.claim(value, ref));
        try {
            writer.apply(intake.tenantId(), changes);
            return client;
        } catch (AlreadyExists createdBefore) {
            return null;
        }
    }

    /** An open step that processing planned to answer an earlier request (written by {@value Intake#ACTOR}). */
    private static boolean answersARequest(Task task) {
        return task.isOpen() && Intake.ACTOR.equals(task.createdBy()) && task.kind() == InboundWording.nextStepKind();
    }

    /** The journal entry of a request and the step that answers it (planned for it, or already open). */
    private record Answered(String interactionId, String taskId) {
    }

    /**
     * Logs the request in the client's journal with the step that answers it: a new one, unless a step planned for an
     * earlier request is still open — then none is planned (the journal's rule "a next step or a reason" is met with
     * {@code OTHER} and a comment naming that step). The choice is made on the card the journal's write is conditioned
     * on (its client version), so two requests processed at the same instant cannot both plan one: the second write
     * fails on the version, reads the card again and finds the first one's step.
     */
    private Answered logInbound(Intake intake, String clientId, String contactId, User owner) {
        InboundRequest request = intake.request();
        AtomicReference<Task> openStep = new AtomicReference<>();
        JournalService.Logged logged = journal.log(intake.system(), clientId, intake.idOf("interaction"), card -> {
            Task open = card.openTasks().stream().filter(ClientIntake::answersARequest).findFirst().orElse(null);
            openStep.set(open);
            TaskPlan nextStep = open != null ? null : new TaskPlan(InboundWording.nextStepKind(),
                    InboundWording.nextStepTitle(request, intake.person()), intake.contactBy(), null, contactId, owner.id());
            return new InteractionInput(InboundWording.interactionType(request),
                    request.receivedAt().truncatedTo(ChronoUnit.SECONDS), contactId, InboundWording.channel(request),
                    InboundWording.summary(request), null, nextStep, open == null ? null : NoNextStepReason.OTHER,
                    open == null ? null : "answered by the open step \"" + open.title() + "\"", null, null);
        }, null);
        // A replay of this request's entry (an earlier run wrote it) names the step that run planned, if any.
        String planned = logged.interaction().nextTaskId();
        String taskId = planned != null ? planned : openStep.get() == null ? null : openStep.get().id();
        return new Answered(logged.interaction().id(), taskId);
    }

    /**
     * A deal owned by the assignee at the routing's stage (else the first stage) of the routing's pipeline, with the
     * channel's source and the UTM data as custom fields. A routing naming a pipeline, stage or source the tenant no
     * longer has, or a stage that is no longer open or requires fields an inbound deal cannot fill (changed since the
     * form was set up), falls back to the default pipeline's first stage without a source, rather than failing.
     *
     * <p>One inbound deal per client and day, whoever gets there first: the request that created the client and the
     * ones attaching to it meanwhile (before its deal was written) all create the same deal id, so there is one deal.
     */
    private String openDeal(Intake intake, String clientId, String clientName, String contactId, User owner) {
        String dealId = Ids.derived(clientId, "inbound#" + intake.day());
        InboundRequest request = intake.request();
        String pipelineId = request.routing() == null ? null : request.routing().pipelineId();
        String stageId = pipelineId == null ? null : request.routing().stageId();
        String title = InboundWording.dealTitle(request, clientName);
        Map<String, String> tracking = InboundWording.trackingFields(request);
        Caller asOwner = intake.as(owner);
        try {
            return deals.create(asOwner, dealId, new DealInput(title, clientId, contactId, null, null,
                    InboundWording.source(request, false), null, null, null, tracking, null, pipelineId), stageId, null).id();
        } catch (ValidationFailed misconfigured) {
            Deal deal = deals.create(asOwner, dealId, new DealInput(title, clientId, contactId, null, null, null, null,
                    null, null, tracking, null, null), null);
            return deal.id();
        }
    }

    private static IllegalStateException noOne(Intake intake) {
        return new IllegalStateException("tenant " + intake.tenantId() + " has no active user to assign request "
                + intake.request().id() + " to");
    }
}
