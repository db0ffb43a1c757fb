package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.shared.SpreadsheetCells;
import dev.fieldcrm.core.shared.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One data row of a CSV file, its cells by column. Typed reads collect a {@link FieldError} per bad cell (named by
 * its column) instead of failing at the first, so a row's report lists everything wrong with it.
 *
 * @param number 1-based number of the data row (the header is row 0)
 */
public record CsvRow(int number, Map<String, String> cells, List<FieldError> errors) {
    /** Separates the values of a multi-valued cell such as {@code phones}. */
    public static final String MULTI_VALUE_SEPARATOR = "|";

    static CsvRow of(int number, List<String> header, List<String> values) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size() && i < values.size(); i++) {
            cells.put(CsvFile.columnKey(header.get(i)), SpreadsheetCells.restored(values.get(i)));
        }
        List<FieldError> errors = new ArrayList<>();
        if (values.size() > header.size()) {
            errors.add(new FieldError("row", "has " + values.size() + " cells but the header names " + header.size() + " columns"));
        }
        return new CsvRow(number, cells, errors);
    }

    /** A row built in code (tests, other entities' readers). */
    public static CsvRow of(int number, Map<String, String> cells) {
        Map<String, String> byKey = new HashMap<>();
        cells.forEach((column, value) -> byKey.put(CsvFile.columnKey(column), value));
        return new CsvRow(number, byKey, new ArrayList<>());
    }

    /** Whether the file has this column at all (an absent column leaves the record's field as it is). */
    public boolean has(String column) {
        return cells.containsKey(CsvFile.columnKey(column));
    }

    /** The cell as written, or null when it is empty or the column is absent. */
    public String text(String column) {
        String value = cells.get(CsvFile.columnKey(column));
        return value == null || value.isBlank() ? null : value;
    }

    /** The cell, or {@code current} when the column is absent or both are empty (so "" and null stay as stored). */
    public String text(String column, String current) {
        if (!has(column)) {
            return current;
        }
        String value = text(column);
        return value == null && (current == null || current.isBlank()) ? current : value;
    }

    /** A multi-valued cell ({@code a|b}); the current values when the column is absent. */
    public List<String> list(String column, List<String> current) {
        if (!has(column)) {
            return current;
        }
        String value = text(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("\\" + MULTI_VALUE_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type, E current) {
        return parsed(column, current, value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)),
                "must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    public boolean bool(String column, boolean current) {
        if (!has(column) || text(column) == null) {
            return has(column) ? false : current;
        }
        return switch (text(column).strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "да" -> true;
            case "false", "no", "0", "нет" -> false;
            default -> {
                error(new FieldError(column, "must be true or false"));
                yield current;
            }
        };
    }

    /** A decimal number written with a point ({@code 1500.50}); prices, quantities, shares. */
    public java.math.BigDecimal decimal(String column, java.math.BigDecimal current) {
        return parsed(column, current, java.math.BigDecimal::new, "must be a number like 1500.50");
    }

    public LocalDate date(String column, LocalDate current) {
        return parsed(column, current, LocalDate::parse, "must be a date like 2026-01-31");
    }

    /**
     * The column's value read by {@code parse}: {@code current} when the file has no such column, null when the cell
     * is empty (it clears the field), and {@code current} with a field error when the cell cannot be read.
     */
    private <T> T parsed(String column, T current, java.util.function.Function<String, T> parse, String problem) {
        if (!has(column)) {
            return current;
        }
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            error(new FieldError(column, problem));
            return current;
        }
    }

    /** A row read twice (a dry run's duplicate check, then the import) reports each bad cell once. */
    private void error(FieldError error) {
        if (!errors.contains(error)) {
            errors.add(error);
        }
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
