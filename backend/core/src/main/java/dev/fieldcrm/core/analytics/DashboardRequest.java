package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.ValidationFailed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Which dashboard: a period of at most {@link #MAX_MONTHS} months and a team or a rep (neither: the caller's own
 * scope: a rep self, a manager the team, an admin the tenant).
 */
public record DashboardRequest(LocalDate from, LocalDate to, String teamId, String repId) {
    public static final int MAX_MONTHS = 12;

    /** Checks the request; the months it touches. */
    public List<YearMonth> months() {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "is required (yyyy-MM-dd)"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "is required (yyyy-MM-dd)"));
        }
        if (teamId != null && repId != null) {
            errors.add(new FieldError("rep", "give a team or a rep, not both"));
        }
        if (errors.isEmpty() && to.isBefore(from)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        if (months.size() > MAX_MONTHS) {
            throw ValidationFailed.of("to", "a dashboard covers at most " + MAX_MONTHS + " months");
        }
        return months;
    }
}
