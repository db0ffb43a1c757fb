package dev.fieldcrm.core.clients;

import java.time.Instant;

/** A short line about a past interaction, kept on the client card so one read shows the latest contacts. */
public record InteractionSummary(String id, String type, Instant occurredAt, String summary, String result, String authorId) {
}
