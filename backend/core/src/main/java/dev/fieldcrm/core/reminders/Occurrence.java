package dev.fieldcrm.core.reminders;

import java.time.Instant;

/** When a reminder is next to be sent: its slot, its deterministic id and the instant it falls due. */
public record Occurrence(String slot, String id, Instant fireAt) {
}
