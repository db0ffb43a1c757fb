package dev.fieldcrm.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bench's own CSV files (fields quoted when they may hold commas, never quotes): rows of fields. */
final class Csv {
    private static final Pattern FIELD = Pattern.compile("\"([^\"]*)\"|([^,]+)|(?<=,)(?=,|$)");

    private Csv() {
    }

    /** Appends one line (creating the file): the probes and the drivers add their results row by row. */
    static void append(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the file, none if it does not exist. */
    static List<List<String>> read(Path path) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        if (!Files.exists(path)) {
            return rows;
        }
        for (String line : Files.readAllLines(path)) {
            List<String> fields = new ArrayList<>();
            Matcher m = FIELD.matcher(line);
            while (m.find()) {
                fields.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "");
            }
            rows.add(fields);
        }
        return rows;
    }
}
