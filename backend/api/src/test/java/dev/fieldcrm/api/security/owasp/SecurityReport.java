package dev.fieldcrm.api.security.owasp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The rows of docs/security.md: each suite class adds what it tried and saw, and writes its section at the end.
 * Sections are always written to target/security/; with {@code -Dsecurity.update=true} they also replace their
 * part of docs/security.md (between {@code <!-- section:NAME -->} and {@code <!-- /section:NAME -->}), the same
 * way the OpenAPI contract is refreshed.
 */
public final class SecurityReport {
    private static final Path DOC = Path.of("../../docs/security.md");
    private static final Map<String, ConcurrentSkipListSet<String>> ROWS = new ConcurrentHashMap<>();

    private SecurityReport() {
    }

    public static void row(String section, String... cells) {
        ROWS.computeIfAbsent(section, s -> new ConcurrentSkipListSet<>())
                .add("| " + String.join(" | ", List.of(cells)).replace("\n", " ") + " |");
    }

    public static void write(String section, String... header) {
        StringBuilder table = new StringBuilder()
                .append("| ").append(String.join(" | ", header)).append(" |\n")
                .append("|").append("---|".repeat(header.length)).append("\n");
        ROWS.getOrDefault(section, new ConcurrentSkipListSet<>()).forEach(row -> table.append(row).append("\n"));
        try {
            Path target = Path.of("target/security/" + section + ".md");
            Files.createDirectories(target.getParent());
            Files.writeString(target, table);
            if (Boolean.getBoolean("security.update") && Files.exists(DOC)) {
                String open = "<!-- section:" + section + " -->\n";
                String close = "<!-- /section:" + section + " -->";
                String doc = Files.readString(DOC);
                int start = doc.indexOf(open);
                int end = doc.indexOf(close);
                if (start >= 0 && end > start) {
                    Files.writeString(DOC, doc.substring(0, start + open.length()) + table + doc.substring(end));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
