package dev.fieldcrm.core.plans;

import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.ValidationFailed;

import dev.fieldcrm.core.users.TeamScope;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A plan as a manager sends it: targets per metric, and the currency when revenue is planned.
 *
 * @param currency ISO 4217 code of the revenue target
 */
public record PlanInput(String currency, List<Plan.Target> targets) {
    /** Bounds a target so that sums over a team and a quarter stay exact and readable. */
    static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000");

    /** The plan to store, or {@link ValidationFailed} naming every bad field (nothing is written then). */
    public Plan toPlan(YearMonth month, String ownerId, String teamId, Instant at, String by, long version) {
        List<FieldError> errors = new ArrayList<>();
        List<Plan.Target> given = targets == null ? List.of() : targets;
        if (given.isEmpty()) {
            errors.add(new FieldError("targets", "must name at least one metric"));
        }
        Set<PlanMetric> seen = EnumSet.noneOf(PlanMetric.class);
        boolean revenue = false;
        for (int i = 0; i < given.size(); i++) {
            Plan.Target target = given.get(i);
            String field = "targets[" + i + "]";
            if (target == null || target.metric() == null) {
                errors.add(new FieldError(field + ".metric", "must be one of " + List.of(PlanMetric.values())));
                continue;
            }
            if (!seen.add(target.metric())) {
                errors.add(new FieldError(field + ".metric", "is given twice"));
            }
            revenue |= target.metric().money();
            check(field + ".value", target, errors);
        }
        if (revenue && (currency == null || !currency.matches("[A-Z]{3}"))) {
            errors.add(new FieldError("currency", "must be a 3-letter ISO 4217 code when revenue is planned"));
        }
        if (!revenue && currency != null) {
            errors.add(new FieldError("currency", "is only for a revenue target"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Plan(month, ownerId, TeamScope.teamKey(teamId), currency, given, at, by, version);
    }

    private static void check(String field, Plan.Target target, List<FieldError> errors) {
        BigDecimal value = target.value();
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.signum() < 0 || value.compareTo(MAX_VALUE) > 0) {
            errors.add(new FieldError(field, "must be between 0 and " + MAX_VALUE.toPlainString()));
        } else if (target.metric().money() ? value.stripTrailingZeros().scale() > 2 : value.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(field, target.metric().money() ? "must have at most 2 decimals" : "must be a whole number"));
        }
    }
}
