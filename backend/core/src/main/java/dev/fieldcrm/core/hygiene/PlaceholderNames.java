package dev.fieldcrm.core.hygiene;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Tells placeholder names ("test", "Новая сделка", "???", "asdf") from real ones, by the tenant's patterns. */
final class PlaceholderNames {
    // The same few patterns are used for every deal of a stream batch: compile each once.
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private PlaceholderNames() {
    }

    static boolean any(List<String> patterns, String... names) {
        for (String name : names) {
            if (name != null && isPlaceholder(patterns, name)) {
                return true;
            }
        }
        return false;
    }

    static boolean isPlaceholder(List<String> patterns, String name) {
        String trimmed = name.strip();
        return patterns.stream().anyMatch(p -> compiled(p).matcher(trimmed).matches());
    }

    private static Pattern compiled(String pattern) {
        return COMPILED.computeIfAbsent(pattern,
                p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
    }
}
