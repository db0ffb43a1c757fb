package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.deals.DealService;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.journal.JournalService;
import dev.fieldcrm.core.reminders.Notifications;
import dev.fieldcrm.core.shared.Duplicate;
import dev.fieldcrm.core.shared.Sleep;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.store.WriteContention;
import dev.fieldcrm.core.users.UserStore;

import java.time.Clock;
import java.util.Optional;

/**
 * The worker's processing of an inbound request (a form submission, a call, a chat), on the stream's insert of the
 * request with status {@link InboundStatus#RECEIVED}: normalise the person's email and phone, match them against
 * the guards of clients and open leads, then attach to the client, join the lead, or create a lead (or a client +
 * contact + deal, per tenant setting); assign, notify, plan the next step; finally replace the request with its
 * {@link InboundOutcome} ({@link InboundStatus#PROCESSED}) on its version.
 *
 * <p>Idempotent under redelivery and concurrent workers: a request already processed is skipped after one read;
 * every record made for it has an id derived from the request's id, so a second run finds them instead of
 * duplicating them; creations claim the person's guards in their transaction, and whoever loses that race
 * ({@link Duplicate}) matches again and joins the winner.
 *
 * <p>A call's {@link InboundCall.Event#STARTED STARTED} event changes nothing (outcome {@link InboundOutcome.Kind#NOTED}):
 * the same call's ENDED or MISSED event follows and is the one that lands on the card.
 */
public final class InboundProcessing implements ChangeListener {
    /**
     * Rounds of "match, then create or attach" before giving up (the stream then retries the record): each lost race
     * is one round — a burst of requests from one person all write the same client card or lead, one at a time.
     */
    private static final int ROUNDS = 100;
    /**
     * Runs of one request that may fail before it is given up as {@link InboundStatus#FAILED}: a bug or bad data that
     * fails every time would otherwise hold the stream's shard and be retried until the record expires.
     */
    public static final int MAX_ATTEMPTS = 3;
    private static final int MAX_FAILURE_TEXT = 300;

    private final InboundLookups lookups;
    private final IntakeTerms.Source terms;
    private final ClientIntake clientIntake;
    private final LeadIntake leadIntake;
    private final ChangeWriter writer;
    private final InboundFailures failures;
    private final Clock clock;

    public InboundProcessing(InboundLookups lookups, IntakeTerms.Source terms, LeadAssigner assigner, UserStore users,
                             ClientQueries clients, JournalService journal, DealService deals, ChangeWriter writer,
                             Notifications notifications, InboundFailures failures, Clock clock) {
        InboundAssignee assignee = new InboundAssignee(assigner, users);
        this.lookups = lookups;
        this.terms = terms;
        this.clientIntake = new ClientIntake(clients, journal, deals, assignee, writer, notifications);
        this.leadIntake = new LeadIntake(lookups, assignee, writer, notifications);
        this.writer = writer;
        this.failures = failures;
        this.clock = clock;
    }

    /**
     * Processes a request when it becomes RECEIVED: its insert by the public endpoint, or a person's retry of a FAILED
     * one ({@link FailedRequests#retry}). Other changes of a request (the worker's own writes) are not work.
     */
    @Override
    public void on(Change change) {
        boolean retried = change.before(InboundRequest.class)
                .filter(before -> before.status() == InboundStatus.FAILED).isPresent();
        if (!change.isInsert() && !retried) {
            return;
        }
        change.after(InboundRequest.class)
                .filter(request -> request.status() == InboundStatus.RECEIVED)
                .ifPresent(request -> process(change.tenantId(), request));
    }

    /** Processes one received request (also callable directly, e.g. by a retry of a request left unprocessed). */
    public InboundOutcome process(String tenantId, InboundRequest received) {
        Optional<InboundRequest> stored = lookups.request(tenantId, received.id());
        if (stored.isEmpty()) {
            return null; // deleted since (a tenant's data removed): nothing to process
        }
        InboundRequest request = stored.get();
        if (request.status() != InboundStatus.RECEIVED) {
            return request.outcome(); // processed, or given up
        }
        IntakeTerms tenantTerms = terms.of(tenantId);
        Intake intake = new Intake(tenantId, request, InboundPerson.of(request.fields(), tenantTerms.phoneRegion()),
                tenantTerms, clock.instant());
        InboundOutcome outcome;
        try {
            outcome = handle(intake);
        } catch (RuntimeException e) {
            return failed(tenantId, request, e);
        }
        ChangeSet processed = new ChangeSet().replace(request.processed(outcome), request.version());
        if (!request.pendingConsents().isEmpty() && intake.person().email() != null) {
            // Double opt-in: the confirmation (whose insert sends the email) is written with the outcome, so a
            // redelivery never asks twice. Without an email address there is nowhere to ask: the consents stay ungiven.
            processed.create(ConsentConfirmation.pending(request, intake.person().email(), outcome, intake.now()));
        }
        try {
            writer.apply(tenantId, processed);
        } catch (VersionConflict processedMeanwhile) {
            // Another worker recorded this request's outcome first; it made the same records (same derived ids).
        }
        return outcome;
    }

    /**
     * Records a failed run on the request. Before the last allowed one it throws again, so the stream retries the
     * record (transient trouble: throttling, a timeout); the last one marks the request FAILED and returns, so the
     * stream moves on. Whatever the failed run wrote stays: every record has a derived id, so nothing is half-made
     * twice, and a person sees the request as failed.
     */
    private InboundOutcome failed(String tenantId, InboundRequest request, RuntimeException e) {
        String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        why = why.length() > MAX_FAILURE_TEXT ? why.substring(0, MAX_FAILURE_TEXT) : why;
        boolean last = request.attempts() + 1 >= MAX_ATTEMPTS;
        InboundRequest recorded = last ? request.failed(why, clock.instant()) : request.attemptFailed(why);
        ChangeSet changes = new ChangeSet().replace(recorded, request.version());
        if (last) {
            failures.count(recorded, changes);
        }
        try {
            writer.apply(tenantId, changes);
        } catch (VersionConflict recordedMeanwhile) {
            // Another worker recorded this run (or finished the request): the next delivery reads what it wrote.
        }
        if (!last) {
            throw e;
        }
        return recorded.outcome();
    }

    private InboundOutcome handle(Intake intake) {
        InboundRequest request = intake.request();
        if (request.call() != null && request.call().event() == InboundCall.Event.STARTED) {
            return new InboundOutcome(InboundOutcome.Kind.NOTED, null, null, null, null, null, null, null, intake.now());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<InboundOutcome> done = route(intake);
                if (done.isPresent()) {
                    return done.get();
                }
            } catch (Duplicate claimedMeanwhile) {
                // Someone created a client or lead with this email/phone since we looked: match again and join it.
                if (attempt >= ROUNDS) {
                    throw claimedMeanwhile;
                }
                continue;
            } catch (VersionConflict | WriteContention busy) {
                // Other requests are writing the same card or lead: every step is idempotent, so go again.
                if (attempt >= ROUNDS) {
                    throw busy;
                }
                Sleep.jittered(2, 30);
                continue;
            }
            if (attempt >= ROUNDS) {
                throw new IllegalStateException("inbound request " + request.id() + " kept matching records that went away");
            }
        }
    }

    /** One round: match, then attach/join or create. Empty when the matched record went away meanwhile. */
    private Optional<InboundOutcome> route(Intake intake) {
        InboundPerson person = intake.person();
        InboundMatch match = person.isAnonymous() ? InboundMatch.NONE
                : lookups.match(intake.tenantId(), person.email(), person.phone());
        String routedOwner = intake.request().routing() == null ? null : intake.request().routing().ownerId();
        if (match.isClient()) {
            // The client this request itself created in an earlier run (stopped before recording the outcome): finish it.
            return match.client().clientId().equals(intake.idOf("client"))
                    ? clientIntake.resume(intake) : clientIntake.attach(intake, match.client());
        }
        if (match.isLead()) {
            return match.leadId().equals(intake.idOf("lead"))
                    ? Optional.of(leadIntake.create(intake, true))
                    : leadIntake.join(intake, match.leadId());
        }
        return Optional.of(intake.terms().createClients()
                ? clientIntake.create(intake, routedOwner)
                : leadIntake.create(intake, false));
    }
}
