package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.shared.FieldError;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The text a manager writes for a mailing: plain text with a fixed set of placeholders, filled in per recipient by
 * plain substitution. Users' text is never compiled as a template, so it cannot reach anything but these values;
 * the templates print the filled text as data (HTML-escaped in email).
 */
public final class MessageText {
    public static final String CONTACT_NAME = "{contact.name}";
    public static final String CLIENT_NAME = "{client.name}";
    public static final List<String> PLACEHOLDERS = List.of(CONTACT_NAME, CLIENT_NAME);
    private static final java.util.regex.Pattern BRACES = java.util.regex.Pattern.compile("\\{[^{}]*}|[{}]");

    private MessageText() {
    }

    /** The first placeholder problem in {@code text}, if any. */
    public static Optional<FieldError> check(String field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = BRACES.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group())) {
                return Optional.of(new FieldError(field, "unknown placeholder " + m.group()
                        + "; allowed: " + String.join(", ", PLACEHOLDERS)));
            }
        }
        return Optional.empty();
    }

    /** The text with each placeholder replaced by its value (missing values become empty). */
    public static String fill(String text, String contactName, String clientName) {
        if (text == null) {
            return null;
        }
        Map<String, String> values = Map.of(CONTACT_NAME, contactName == null ? "" : contactName,
                CLIENT_NAME, clientName == null ? "" : clientName);
        StringBuilder out = new StringBuilder();
        Matcher m = BRACES.matcher(text);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
