package dev.fieldcrm.core.informing;

/** A mailing with its counters, as managers see it. */
public record MailingView(Mailing mailing, MailingCounts counts) {
}
