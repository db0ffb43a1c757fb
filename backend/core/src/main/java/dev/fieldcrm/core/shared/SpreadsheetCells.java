package dev.fieldcrm.core.shared;

/**
 * Cells of files people open in a spreadsheet (CSV/XLSX exports). A cell starting with {@code = + - @}, a tab or
 * a carriage return is read as a formula (CSV injection: {@code =HYPERLINK(...)} in a client's name), so it is
 * written with a leading apostrophe, which spreadsheets show as text; reading our own export back removes it.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /** The cell as it is written: never evaluated as a formula. */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return startsFormula(value, 0) ? "'" + value : value;
    }

    /** A cell as read from a file: the apostrophe {@link #neutralised} added is dropped again. */
    public static String restored(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\'' && startsFormula(value, 1)
                ? value.substring(1) : value;
    }

    private static boolean startsFormula(String value, int at) {
        char first = value.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
