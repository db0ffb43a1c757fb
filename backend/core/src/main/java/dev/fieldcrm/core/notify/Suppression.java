package dev.fieldcrm.core.notify;

import java.time.Instant;

/**
 * One address of a tenant that nothing is sent to, whatever the message.
 *
 * @param address normalised: email lower-case and trimmed, phone E.164, push endpoint as given
 * @param reason  why
 * @param source  who or what put it there (an SES notification id, a user id, {@code unsubscribe-link} …)
 * @param at      when
 */
public record Suppression(String address, SuppressionReason reason, String source, Instant at) {
}
