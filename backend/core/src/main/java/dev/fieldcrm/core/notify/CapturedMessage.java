package dev.fieldcrm.core.notify;

import java.time.Instant;
import java.util.Map;

/**
 * A message the local run captured instead of sending (see {@link Outbox}).
 *
 * @param file              the JSON file's name in the outbox directory
 * @param channel           email, SMS or push
 * @param to                email address, phone number or push endpoint
 * @param subject           email subject or push title; null for SMS
 * @param text              plain-text body (the SMS text, the push body)
 * @param htmlFile          the rendered HTML email's file name beside it, or null
 * @param headers           email headers, push data
 * @param capturedAt        when
 * @param providerMessageId the id handed back as if a provider had accepted it
 */
public record CapturedMessage(String file, Channel channel, String to, String subject, String text, String htmlFile,
                              Map<String, String> headers, Instant capturedAt, String providerMessageId) {
}
