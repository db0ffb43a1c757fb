package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.reminders.LeadAssignment;
import dev.fieldcrm.core.reminders.Notifications;
import dev.fieldcrm.core.shared.RecordRef;
import dev.fieldcrm.core.shared.Sleep;
import dev.fieldcrm.core.shared.UniqueValue;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.store.WriteContention;
import dev.fieldcrm.core.users.User;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Inbound requests that become or join a lead in the leads inbox. A new lead claims its {@code LEAD_EMAIL} /
 * {@code LEAD_PHONE} guards in the same transaction, so of many simultaneous requests from one person exactly one
 * creates the lead ({@link dev.fieldcrm.core.shared.Duplicate} for the others, which match again and join it).
 */
final class LeadIntake {
    /** Joins of one lead race on its version; each round one of them wins, so allow as many rounds as a burst has. */
    private static final int JOIN_ATTEMPTS = 100;

    private final InboundLookups lookups;
    private final InboundAssignee assignee;
    private final ChangeWriter writer;
    private final Notifications notifications;

    LeadIntake(InboundLookups lookups, InboundAssignee assignee, ChangeWriter writer, Notifications notifications) {
        this.lookups = lookups;
        this.assignee = assignee;
        this.writer = writer;
        this.notifications = notifications;
    }

    /**
     * A new open lead for the assignee, due for contact within the SLA. The assignee is notified by
     * {@code AssignmentChanges} from the lead's insert on the stream (the lead is written by {@link Intake#ACTOR}, not
     * by its owner), so this does not notify too: that cost a BatchGetItem and a refused claim per lead.
     *
     * @param resumed the request's lead exists already (an earlier run stopped before recording the outcome)
     */
    InboundOutcome create(Intake intake, boolean resumed) {
        String leadId = intake.idOf("lead");
        Lead lead = resumed ? lookups.lead(intake.tenantId(), leadId).orElseGet(() -> newLead(intake, leadId))
                : newLead(intake, leadId);
        return outcome(InboundOutcome.Kind.NEW_LEAD, lead, intake);
    }

    private Lead newLead(Intake intake, String leadId) {
        User owner = assignee.pick(intake, routedOwner(intake)).orElse(null);
        InboundRequest request = intake.request();
        Lead lead = new Lead(leadId, LeadStatus.OPEN, owner == null ? null : owner.id(), owner == null ? null : owner.teamId(),
                request.fields(), intake.person().email(), intake.person().phone(), InboundWording.source(request, true),
                request.sourceName(), request.tracking(), List.of(request.id()), intake.contactBy(), null, null,
                intake.now(), intake.now(), Intake.ACTOR, 1);
        ChangeSet changes = new ChangeSet().create(lead);
        RecordRef ref = new RecordRef(leadId, null, intake.person().displayName());
        if (lead.email() != null) {
            changes.claim(new UniqueValue(UniqueValue.Kind.LEAD_EMAIL, lead.email()), ref);
        }
        if (lead.phone() != null) {
            changes.claim(new UniqueValue(UniqueValue.Kind.LEAD_PHONE, lead.phone()), ref);
        }
        try {
            writer.apply(intake.tenantId(), changes);
            return lead;
        } catch (AlreadyExists replay) {
            return lookups.lead(intake.tenantId(), leadId).orElseThrow(() -> replay);
        }
    }

    /**
     * The request joins the open lead: its id is added, empty fields are filled from it. The owner hears about a
     * repeat at most once a day (the notification's occurrence is the lead and the day), so a person who submits the
     * form five times is one nudge, not five.
     *
     * @return empty when the lead is no longer open (converted, merged or rejected meanwhile): match again
     */
    Optional<InboundOutcome> join(Intake intake, String leadId) {
        for (int attempt = 1; ; attempt++) {
            Optional<Lead> found = lookups.lead(intake.tenantId(), leadId).filter(Lead::isOpen);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Lead lead = found.get();
            if (!lead.inboundIds().contains(intake.request().id())) {
                try {
                    Lead joined = joined(lead, intake);
                    writer.apply(intake.tenantId(), new ChangeSet().replace(joined, lead.version()));
                    lead = joined;
                } catch (VersionConflict | WriteContention busy) {
                    if (attempt == JOIN_ATTEMPTS) {
                        throw busy;
                    }
                    Sleep.jittered(2, 30);
                    continue;
                }
            }
            if (lead.ownerId() != null) {
                notifications.leadAssigned(intake.tenantId(), lead.ownerId(), new LeadAssignment("lead", lead.id(),
                        intake.day(), nameOf(lead, intake), lead.fields() == null ? null : lead.fields().company(),
                        InboundWording.actor(intake.request())));
            }
            return Optional.of(outcome(InboundOutcome.Kind.MATCHED_LEAD, lead, intake));
        }
    }

    private static String routedOwner(Intake intake) {
        LeadRouting routing = intake.request().routing();
        return routing == null ? null : routing.ownerId();
    }

    private static String nameOf(Lead lead, Intake intake) {
        String name = lead.fields() == null ? null : lead.fields().name();
        return name == null || name.isBlank() ? intake.person().displayName() : name;
    }

    /** The lead with the request added; the lead's own values win, the request fills what the lead lacks. */
    private static Lead joined(Lead lead, Intake intake) {
        List<String> inbound = new ArrayList<>(lead.inboundIds());
        if (inbound.size() < Lead.MAX_INBOUND) {
            inbound.add(intake.request().id());
        }
        return new Lead(lead.id(), lead.status(), lead.ownerId(), lead.teamId(), merged(lead.fields(), intake.request().fields()),
                lead.email(), lead.phone(), lead.source(), lead.sourceName(), lead.tracking(), inbound, lead.contactBy(),
                lead.resolution(), lead.clientId(), lead.createdAt(), intake.now(), Intake.ACTOR, lead.version() + 1);
    }

    private static LeadFields merged(LeadFields kept, LeadFields added) {
        if (kept == null || added == null) {
            return kept == null ? added : kept;
        }
        Map<String, Boolean> consents = new HashMap<>(kept.consents());
        consents.putAll(added.consents());
        Map<String, String> custom = new HashMap<>(added.custom());
        custom.putAll(kept.custom());
        return new LeadFields(either(kept.name(), added.name()), either(kept.company(), added.company()),
                either(kept.email(), added.email()), either(kept.phone(), added.phone()),
                either(kept.country(), added.country()), either(kept.region(), added.region()),
                either(kept.city(), added.city()), either(added.message(), kept.message()), consents, custom);
    }

    private static String either(String first, String second) {
        return first == null || first.isBlank() ? second : first;
    }

    private static InboundOutcome outcome(InboundOutcome.Kind kind, Lead lead, Intake intake) {
        return new InboundOutcome(kind, null, null, lead.id(), null, null, lead.ownerId(), null, intake.now());
    }
}
