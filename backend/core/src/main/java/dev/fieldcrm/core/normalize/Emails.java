package dev.fieldcrm.core.normalize;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Email addresses compared case-insensitively after trimming. No provider-specific rewriting
 * (dots or plus tags are kept): two spellings are the same address only if a mail server must treat them so.
 */
public final class Emails {
    // A pragmatic shape check (one @, a dot in the domain, no spaces); full RFC 5322 is not useful for CRM input.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    private Emails() {
    }

    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip().toLowerCase(Locale.ROOT);
        if (candidate.length() > 254 || !SHAPE.matcher(candidate).matches()) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
