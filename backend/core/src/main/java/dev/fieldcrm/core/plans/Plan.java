package dev.fieldcrm.core.plans;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A rep's sales plan for one month, set by the rep's manager (or an admin). A quarter's plan is the sum of its
 * months' plans (no item of its own: one source of truth, and a quarter can be planned month by month).
 *
 * @param teamId   the rep's team when the plan was set ({@link #NO_TEAM} without one): the team's plans of a month
 *                 are one Query
 * @param currency the currency of the {@link PlanMetric#REVENUE} target (null when there is none)
 * @param targets  at most one per metric
 */
public record Plan(YearMonth month, String ownerId, String teamId, String currency, List<Target> targets,
                   Instant updatedAt, String updatedBy, long version) implements PlanRecord {
    /** The team part of the key of a rep without a team. */
    public static final String NO_TEAM = dev.fieldcrm.core.users.TeamScope.NO_TEAM;

    public Plan {
        targets = List.copyOf(targets);
    }

    /** One metric's target for the month. */
    public record Target(PlanMetric metric, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value) {
    }

    public Optional<BigDecimal> target(PlanMetric metric) {
        for (Target t : targets) {
            if (t.metric() == metric) {
                return Optional.of(t.value());
            }
        }
        return Optional.empty();
    }
}
