package dev.fieldcrm.core.leads;

import java.time.Instant;
import java.util.Map;

/**
 * One request that made or joined a lead, as the inbox shows it: where and when it came, what the person wrote, the
 * call's details. Contact data is on the lead itself.
 */
public record InboundSummary(String id, InboundChannel channel, String sourceName, Instant receivedAt, String message,
                             InboundCall call, Map<String, String> tracking, InboundStatus status) {

    public static InboundSummary of(InboundRequest request) {
        return new InboundSummary(request.id(), request.channel(), request.sourceName(), request.receivedAt(),
                request.fields() == null ? null : request.fields().message(), request.call(), request.tracking(),
                request.status());
    }
}
