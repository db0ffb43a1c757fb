package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * One inbound request being processed: the request, its normalised person and the tenant's terms. Every record
 * the processing creates takes an id {@link #idOf derived} from the request's id, so processing the same request
 * again (a redelivered stream record, a second worker) finds its records exist instead of making new ones.
 */
record Intake(String tenantId, InboundRequest request, InboundPerson person, IntakeTerms terms, Instant now) {
    /** The user id processing writes as (audit entries, journal author, createdBy). */
    static final String ACTOR = "inbound";

    String idOf(String part) {
        return Ids.derived(request.id(), part);
    }

    /** The system caller the core's use cases run as: an admin of the request's tenant, so it may assign anyone. */
    Caller system() {
        return new Caller(tenantId, ACTOR, Set.of(Role.ADMIN), null, ZoneOffset.UTC);
    }

    /** The assignee as a caller, for use cases that make the caller the owner (a new deal). */
    Caller as(User user) {
        return new Caller(tenantId, user.id(), user.roles(), user.teamId(), user.zone());
    }

    /** When the assignee must have answered: the tenant's SLA from the request's arrival; a missed call at once. */
    Instant contactBy() {
        if (request.call() != null && request.call().event() == InboundCall.Event.MISSED) {
            return request.receivedAt();
        }
        return terms.contactDeadline().apply(request.receivedAt());
    }

    /** A day number for notifications that must not repeat more than daily (a person writing again and again). */
    long day() {
        return request.receivedAt().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay();
    }
}
