package dev.fieldcrm.core.plans;

import dev.fieldcrm.core.shared.ValidationFailed;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the months and periods reports and plans are asked for: {@code 2026-11} or a quarter {@code 2026-Q4}. */
public final class Months {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private Months() {
    }

    /** A month {@code yyyy-MM}, else {@link ValidationFailed} on {@code field}. */
    public static YearMonth month(String text, String field) {
        if (text == null || !MONTH.matcher(text).matches()) {
            throw ValidationFailed.of(field, "must be a month such as 2026-11");
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw ValidationFailed.of(field, "must be a month such as 2026-11");
        }
    }

    /** The months of a period: one month ({@code 2026-11}) or the three of a quarter ({@code 2026-Q4}). */
    public static List<YearMonth> period(String text, String field) {
        Matcher quarter = text == null ? null : QUARTER.matcher(text);
        if (quarter == null || !quarter.matches()) {
            return List.of(month(text, field));
        }
        YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1);
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            months.add(first.plusMonths(i));
        }
        return months;
    }
}
