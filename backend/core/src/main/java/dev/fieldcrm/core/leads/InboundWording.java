package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.tasks.TaskKind;

import java.util.LinkedHashMap;
import java.util.Map;

/** How an inbound request is named on the records it makes: journal entry, next step, deal, source. */
final class InboundWording {
    private static final int MESSAGE_EXCERPT = 1000;

    private InboundWording() {
    }

    /** A form or a chat is a letter from the client; a call is a call. */
    static InteractionType interactionType(InboundRequest request) {
        return request.channel() == InboundChannel.CALL ? InteractionType.CALL : InteractionType.EMAIL;
    }

    /** The interaction's channel (≤ 40 characters). */
    static String channel(InboundRequest request) {
        return switch (request.channel()) {
            case WEB_FORM -> "website form";
            case CALL -> "call";
            case CHAT -> "chat";
        };
    }

    /**
     * The language to write to the person in (a double opt-in email): Russian when the form's name or what they wrote
     * is in Cyrillic, else English. The form has no language setting, and this is what the person saw and typed.
     */
    static String locale(InboundRequest request) {
        LeadFields f = request.fields();
        String seen = String.join(" ", request.sourceName() == null ? "" : request.sourceName(),
                f == null || f.name() == null ? "" : f.name(), f == null || f.message() == null ? "" : f.message());
        return seen.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) ? "ru" : "en";
    }

    /** Who "handed over" the record in the owner's notification. */
    static String actor(InboundRequest request) {
        return switch (request.channel()) {
            case WEB_FORM -> "website";
            case CALL -> "telephony";
            case CHAT -> "chat";
        };
    }

    /**
     * The deal or lead source: the routing's, else a call's ad source (for a lead), else the default sales-settings
     * source of the channel.
     */
    static String source(InboundRequest request, boolean forLead) {
        if (request.routing() != null && request.routing().source() != null) {
            return request.routing().source();
        }
        if (forLead && request.call() != null && request.call().adSource() != null) {
            return request.call().adSource();
        }
        return switch (request.channel()) {
            case WEB_FORM -> "website-form";
            case CALL -> "inbound-call";
            case CHAT -> "chat";
        };
    }

    /** The journal entry's text: where it came from, the call's duration and recording, the person's message. */
    static String summary(InboundRequest request) {
        StringBuilder text = new StringBuilder();
        InboundCall call = request.call();
        if (call != null && call.event() == InboundCall.Event.MISSED) {
            text.append("Missed call");
        } else if (call != null) {
            text.append("Incoming call");
            if (call.durationSeconds() != null) {
                text.append(", ").append(call.durationSeconds() / 60).append(" min ")
                        .append(call.durationSeconds() % 60).append(" s");
            }
        } else {
            text.append(request.channel() == InboundChannel.CHAT ? "Chat started" : "Website form");
        }
        if (request.sourceName() != null) {
            text.append(" (").append(request.sourceName()).append(')');
        }
        if (call != null && call.recordingUrl() != null) {
            text.append(". Recording: ").append(call.recordingUrl());
        }
        String message = request.fields() == null ? null : request.fields().message();
        if (message != null && !message.isBlank()) {
            String excerpt = message.strip();
            text.append(": ").append(excerpt.length() > MESSAGE_EXCERPT ? excerpt.substring(0, MESSAGE_EXCERPT) + "…" : excerpt);
        }
        return text.toString();
    }

    static TaskKind nextStepKind() {
        return TaskKind.CALL;
    }

    static String nextStepTitle(InboundRequest request, InboundPerson person) {
        boolean missed = request.call() != null && request.call().event() == InboundCall.Event.MISSED;
        return (missed ? "Call back " : "Contact the lead ") + person.displayName()
                + (missed && person.phone() != null && !person.displayName().equals(person.phone()) ? " " + person.phone() : "");
    }

    static String dealTitle(InboundRequest request, String clientName) {
        return (request.sourceName() == null ? channel(request) : request.sourceName()) + ": " + clientName;
    }

    /** UTM and referrer data as the deal's custom fields (a deal holds at most 30; tracking has at most 7). */
    static Map<String, String> trackingFields(InboundRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        request.tracking().forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                fields.put(name, value.length() > 1000 ? value.substring(0, 1000) : value);
            }
        });
        if (request.sourceName() != null) {
            fields.put("inbound_source", request.sourceName());
        }
        return fields;
    }
}
