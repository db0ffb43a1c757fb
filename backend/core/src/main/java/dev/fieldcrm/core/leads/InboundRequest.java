package dev.fieldcrm.core.leads;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One inbound request (a form submission, a call, a chat) as the public endpoint stored it, and later what the
 * worker made of it. The public endpoint writes it with status {@link InboundStatus#RECEIVED} in one transaction
 * with its de-duplication guards; the worker picks the insert up from the table's stream, normalises, matches,
 * assigns, notifies and records the {@link InboundOutcome} (status {@link InboundStatus#PROCESSED}).
 *
 * <p>Spam never becomes an inbound request: the endpoint only counts it.
 *
 * @param id         ULID (sorts by time)
 * @param sourceId   the form's or integration's id
 * @param sourceName the form's or integration's name, shown as where the lead came from
 * @param externalId the snippet's submission id or the provider's event id (what replays are recognised by)
 * @param tracking   hidden tracking fields: {@code utm_source}, {@code utm_medium}, {@code utm_campaign},
 *                   {@code utm_term}, {@code utm_content}, {@code referrer}, {@code page}
 * @param call       the call's details; null unless {@code channel} is {@link InboundChannel#CALL}
 * @param outcome    null while {@link InboundStatus#RECEIVED}
 * @param attempts   processing runs that failed so far (bounded: {@link InboundProcessing#MAX_ATTEMPTS})
 * @param failure    why the last run failed (the exception's class and message, cut to 300 characters)
 * @param pendingConsents optional consents ticked on a double opt-in form: not in {@code fields.consents} (not given
 *                   yet) until the person confirms them by the emailed link ({@link ConsentConfirmation})
 */
public record InboundRequest(
        String id,
        InboundChannel channel,
        String sourceId,
        String sourceName,
        String externalId,
        Instant receivedAt,
        LeadFields fields,
        Map<String, String> tracking,
        InboundCall call,
        LeadRouting routing,
        InboundStatus status,
        InboundOutcome outcome,
        long version,
        List<String> pendingConsents,
        int attempts,
        String failure) {

    public InboundRequest {
        tracking = tracking == null ? Map.of() : Map.copyOf(tracking);
        pendingConsents = pendingConsents == null ? List.of() : List.copyOf(pendingConsents);
    }

    /** A request as received (no failed attempt yet). */
    public InboundRequest(String id, InboundChannel channel, String sourceId, String sourceName, String externalId,
                          Instant receivedAt, LeadFields fields, Map<String, String> tracking, InboundCall call,
                          LeadRouting routing, InboundStatus status, InboundOutcome outcome, long version,
                          List<String> pendingConsents) {
        this(id, channel, sourceId, sourceName, externalId, receivedAt, fields, tracking, call, routing, status, outcome,
                version, pendingConsents, 0, null);
    }

    public InboundRequest processed(InboundOutcome result) {
        return new InboundRequest(id, channel, sourceId, sourceName, externalId, receivedAt, fields, tracking, call,
                routing, InboundStatus.PROCESSED, result, version + 1, pendingConsents, attempts, failure);
    }

    /** One more failed run, still RECEIVED (the stream retries it). */
    InboundRequest attemptFailed(String why) {
        return new InboundRequest(id, channel, sourceId, sourceName, externalId, receivedAt, fields, tracking, call,
                routing, status, outcome, version + 1, pendingConsents, attempts + 1, why);
    }

    /**
     * A person asked to try a {@link InboundStatus#FAILED} request again: RECEIVED once more, for one more run (its
     * failed runs and last failure stay, so a retry that fails again is given up at once rather than after three).
     */
    InboundRequest retried() {
        return new InboundRequest(id, channel, sourceId, sourceName, externalId, receivedAt, fields, tracking, call,
                routing, InboundStatus.RECEIVED, null, version + 1, pendingConsents, attempts, failure);
    }

    /** The last allowed run failed too: given up. */
    InboundRequest failed(String why, Instant at) {
        return new InboundRequest(id, channel, sourceId, sourceName, externalId, receivedAt, fields, tracking, call,
                routing, InboundStatus.FAILED, new InboundOutcome(InboundOutcome.Kind.FAILED, null, null, null, null, null,
                null, null, at), version + 1, pendingConsents, attempts + 1, why);
    }
}
