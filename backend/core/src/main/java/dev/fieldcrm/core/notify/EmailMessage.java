package dev.fieldcrm.core.notify;

import java.util.Map;

/** A rendered email, as the provider receives it. */
public record EmailMessage(String to, String subject, String html, String text, Map<String, String> headers) {
}
