package dev.fieldcrm.core.journal;

import java.time.Instant;

/** Narrows a journal listing: by type and by a time range [from, to). Any part may be null. */
public record JournalFilter(InteractionType type, Instant from, Instant to) {
}
