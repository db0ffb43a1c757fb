package dev.fieldcrm.core.plans;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One change of a rep's plan, kept in the month's plan log beside the team's plans (so a manager reads the own team's
 * changes of a month with one Query, without the admin-only settings trail): who set which target, old → new, when.
 *
 * @param teamId   the rep's team key when the plan was set (as on the {@link Plan})
 * @param id       unique, orders changes made in the same millisecond
 * @param version  the plan's version this change produced (1: created)
 * @param currency the revenue target's currency after the change; {@code currencyBefore} before it (null when new)
 * @param targets  only the metrics whose target changed
 */
public record PlanChange(YearMonth month, String teamId, String ownerId, String id, Instant at, String by, long version,
                         String currencyBefore, String currency, List<TargetChange> targets) implements PlanRecord {
    public PlanChange {
        targets = List.copyOf(targets);
    }

    /** One metric's target before and after (null: none). */
    public record TargetChange(PlanMetric metric,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal from,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal to) {
    }

    /** @param before the plan before the change, null when it is created */
    static PlanChange between(Plan before, Plan after, String id) {
        List<TargetChange> changed = new ArrayList<>();
        for (PlanMetric metric : PlanMetric.values()) {
            BigDecimal from = before == null ? null : before.target(metric).orElse(null);
            BigDecimal to = after.target(metric).orElse(null);
            boolean same = from == null ? to == null : to != null && from.compareTo(to) == 0;
            if (!same) {
                changed.add(new TargetChange(metric, from, to));
            }
        }
        return new PlanChange(after.month(), after.teamId(), after.ownerId(), id, after.updatedAt(), after.updatedBy(),
                after.version(), before == null ? null : before.currency(), after.currency(), changed);
    }
}
