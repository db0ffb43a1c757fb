package dev.fieldcrm.core.informing;

/** Names the counter item of a mailing (its counts are added atomically, see {@link MailingCounts}). */
public record MailingTally(String mailingId) {
}
