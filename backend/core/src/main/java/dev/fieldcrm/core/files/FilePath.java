package dev.fieldcrm.core.files;

import dev.fieldcrm.core.shared.ValidationFailed;

import java.util.regex.Pattern;

/**
 * A file's path inside a tenant's area, such as {@code proposals/01J…/proposal-3.pdf}: segments of letters,
 * digits, '.', '_' and '-', none of them "." or "..", so a path can never climb out of the area it names.
 */
public record FilePath(String value) {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");
    private static final int MAX_SEGMENTS = 8;

    public FilePath {
        String[] segments = value == null ? new String[0] : value.split("/", -1);
        boolean valid = segments.length > 0 && segments.length <= MAX_SEGMENTS;
        for (String segment : segments) {
            valid &= SEGMENT.matcher(segment).matches() && !segment.equals("..");
        }
        if (!valid) {
            throw ValidationFailed.of("path", "is not a valid file path");
        }
    }

    public static FilePath of(String first, String... more) {
        return new FilePath(more.length == 0 ? first : first + "/" + String.join("/", more));
    }

    public String fileName() {
        return value.substring(value.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
