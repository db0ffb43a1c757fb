package dev.fieldcrm.core.integrations;

import dev.fieldcrm.core.leads.InboundCall;
import dev.fieldcrm.core.leads.InboundChannel;
import dev.fieldcrm.core.leads.InboundLog;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.InboundStatus;
import dev.fieldcrm.core.leads.LeadFields;
import dev.fieldcrm.core.leads.ReplayGuard;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.PublicKeys;
import dev.fieldcrm.core.shared.ValidationFailed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The public side of inbound integrations: a provider's signed event becomes an {@link InboundRequest} (channel CALL
 * or CHAT, status RECEIVED) for the worker to process, stored once per event id however often it is delivered.
 *
 * <p>A request makes at most two DynamoDB calls: GetItem of the key item ({@link #resolve}), and — only for a valid,
 * correctly signed event — one TransactWriteItems through the {@link InboundLog} (request + event-id guard).
 */
public final class InboundEvents {
    /** How long an event id is remembered: providers retry for hours, some for days. */
    public static final Duration REPLAY_WINDOW = Duration.ofDays(7);
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
    private static final Pattern URL = Pattern.compile("https?://\\S{1,1990}");

    private final IntegrationStore store;
    private final InboundLog log;
    private final Clock clock;

    public InboundEvents(IntegrationStore store, InboundLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    /** The active integration a public key names; empty for a malformed, unknown or switched-off key (1 GetItem at most). */
    public Optional<IntegrationKey> resolve(String key) {
        if (!PublicKeys.isKeyShaped(key)) {
            return Optional.empty();
        }
        return store.byKey(key).filter(found -> found.integration().active());
    }

    /** Whether the event is signed with the integration's secret, at a time within the tolerance. */
    public boolean signedBy(IntegrationKey key, String signatureHeader, byte[] body) {
        return InboundSignature.verify(key.integration().secret(), signatureHeader, body, clock.instant());
    }

    /** Stores the event as a received request (a replay stores nothing); {@link ValidationFailed} lists every problem. */
    public InboundLog.Receipt accept(IntegrationKey key, InboundEvent event) {
        Integration integration = key.integration();
        Instant now = clock.instant();
        Checked checked = check(integration.kind(), event);
        InboundEvent.Person caller = event.caller();
        LeadFields fields = new LeadFields(strip(caller.name()), null, strip(caller.email()), strip(caller.phone()),
                null, null, null, strip(event.message()), Map.of(), Map.of());
        InboundCall call = checked.channel() == InboundChannel.CALL
                ? new InboundCall(checked.event(), event.durationSeconds(), strip(event.recordingUrl()), strip(event.adSource()))
                : null;
        Map<String, String> tracking = new java.util.LinkedHashMap<>();
        if (checked.occurredAt() != null) {
            tracking.put("occurredAt", checked.occurredAt().toString());
        }
        if (call == null && event.adSource() != null && !event.adSource().isBlank()) {
            tracking.put("utm_source", event.adSource().strip());
        }
        InboundRequest request = new InboundRequest(Ids.newId(), checked.channel(), integration.id(), integration.name(),
                event.eventId(), now, fields, tracking, call, integration.routing(), InboundStatus.RECEIVED, null, 1, List.of());
        return log.receive(key.tenantId(), request,
                List.of(ReplayGuard.of("INTEGRATION#" + integration.id() + "#EVENT#" + event.eventId(), REPLAY_WINDOW)));
    }

    private record Checked(InboundChannel channel, InboundCall.Event event, Instant occurredAt) {
    }

    private static Checked check(IntegrationKind kind, InboundEvent event) {
        List<FieldError> errors = new ArrayList<>();
        if (event.eventId() == null || !EVENT_ID.matcher(event.eventId()).matches()) {
            errors.add(new FieldError("eventId", "is required: 1 to 100 of A-Z a-z 0-9 _ . : -"));
        }
        InboundChannel channel = null;
        InboundCall.Event callEvent = null;
        switch (event.type() == null ? "" : event.type()) {
            case "call.started" -> callEvent = InboundCall.Event.STARTED;
            case "call.ended" -> callEvent = InboundCall.Event.ENDED;
            case "call.missed" -> callEvent = InboundCall.Event.MISSED;
            case "chat.started" -> channel = InboundChannel.CHAT;
            default -> errors.add(new FieldError("type", "must be one of call.started, call.ended, call.missed, chat.started"));
        }
        if (callEvent != null) {
            channel = InboundChannel.CALL;
        }
        if (channel == InboundChannel.CALL && kind != IntegrationKind.TELEPHONY
                || channel == InboundChannel.CHAT && kind != IntegrationKind.CHAT) {
            errors.add(new FieldError("type", "is not an event of a " + kind + " integration"));
        }
        Instant occurredAt = null;
        if (event.occurredAt() != null) {
            try {
                occurredAt = Instant.parse(event.occurredAt());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("occurredAt", "must be an ISO-8601 instant, e.g. 2026-11-23T09:30:00Z"));
            }
        }
        InboundEvent.Person caller = event.caller();
        if (caller == null || blank(caller.phone()) && blank(caller.email())) {
            errors.add(new FieldError("caller", "needs a phone or an email"));
        } else {
            if (channel == InboundChannel.CALL && blank(caller.phone())) {
                errors.add(new FieldError("caller.phone", "is required for a call"));
            }
            tooLong(caller.phone(), 40, "caller.phone", errors);
            tooLong(caller.name(), 200, "caller.name", errors);
            tooLong(caller.email(), 254, "caller.email", errors);
        }
        if (event.durationSeconds() != null && (event.durationSeconds() < 0 || event.durationSeconds() > 86_400)) {
            errors.add(new FieldError("durationSeconds", "must be between 0 and 86400"));
        }
        if (event.recordingUrl() != null && !URL.matcher(event.recordingUrl()).matches()) {
            errors.add(new FieldError("recordingUrl", "must be an http(s) URL of at most 2000 characters"));
        }
        tooLong(event.adSource(), 100, "adSource", errors);
        tooLong(event.message(), 4000, "message", errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Checked(channel, callEvent, occurredAt);
    }

    private static void tooLong(String value, int max, String field, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }
}
