package dev.fieldcrm.core.reports;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.fieldcrm.core.analytics.AggregateNames;
import dev.fieldcrm.core.analytics.AggregateQueries;
import dev.fieldcrm.core.analytics.MonthAggregate;
import dev.fieldcrm.core.plans.Months;
import dev.fieldcrm.core.plans.Plan;
import dev.fieldcrm.core.plans.PlanMetric;
import dev.fieldcrm.core.plans.PlanStore;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.users.TeamScope;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plan vs fact per rep for a month or a quarter, and the leaderboard by % of the revenue plan. Plans are the managers'
 * ({@link PlanStore}); facts are the monthly aggregates the worker keeps from the stream: revenue = confirmed orders'
 * totals of the month in the plan's currency ({@code fact#orders#<CUR>}), new clients, visits. Bounded: per month of
 * the period one Query of plans and one of aggregates for a team, one GetItem of each for a rep.
 */
public final class PlanFactReport {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PlanStore plans;
    private final AggregateQueries aggregates;
    private final TeamScope scope;

    public PlanFactReport(PlanStore plans, AggregateQueries aggregates, TeamScope scope) {
        this.plans = plans;
        this.aggregates = aggregates;
        this.scope = scope;
    }

    /** One metric: the plan of the period (null when none was set), the fact, and the fact in % of the plan. */
    public record MetricResult(PlanMetric metric,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal plan,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fact,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percent) {
    }

    /** @param currency the revenue's currency: the plan's, else the first the rep sold in (null: neither) */
    public record RepResult(String ownerId, String teamId, String currency, List<MetricResult> metrics) {
        MetricResult metric(PlanMetric metric) {
            return metrics.stream().filter(m -> m.metric() == metric).findFirst().orElseThrow();
        }
    }

    public record LeaderboardEntry(int rank, String ownerId,
                                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenuePercent,
                                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenueFact,
                                   String currency) {
    }

    /**
     * @param teamId the team covered (null: an admin's whole tenant)
     * @param reps   every rep with a plan or a fact in the period
     */
    public record Report(String period, List<YearMonth> months, String teamId, List<RepResult> reps,
                         List<LeaderboardEntry> leaderboard) {
    }

    /**
     * @param teamId a team (a manager: own only), or null
     * @param repId  one rep (a rep: only self), or null; not together with {@code teamId}
     */
    public Report report(Caller caller, String period, String teamId, String repId) {
        List<YearMonth> months = Months.period(period, "period");
        if (teamId != null && repId != null) {
            throw ValidationFailed.of("rep", "give either team or rep");
        }
        Map<String, Figures> byRep = new TreeMap<>();
        String team;
        if (repId != null || !caller.supervises()) {
            String rep = repId == null ? caller.userId() : repId;
            TeamScope.requireOwnTeam(caller, caller.supervises() ? null : teamId);
            team = rep.equals(caller.userId()) ? TeamScope.teamKey(caller.teamId())
                    : TeamScope.teamKey(scope.require(caller, rep).teamId());
            for (YearMonth month : months) {
                plans.find(caller.tenantId(), month, team, rep).ifPresent(p -> figures(byRep, rep, team).plans.add(p));
                aggregates.owner(caller.tenantId(), month, team, rep).ifPresent(a -> figures(byRep, rep, team).facts.add(a));
            }
        } else {
            team = TeamScope.reportTeam(caller, teamId);
            for (YearMonth month : months) {
                plans.month(caller.tenantId(), month, team).forEach(p -> figures(byRep, p.ownerId(), p.teamId()).plans.add(p));
                aggregates.month(caller.tenantId(), month, team)
                        .forEach(a -> figures(byRep, a.key().ownerId(), a.key().teamId()).facts.add(a));
            }
        }
        List<RepResult> reps = byRep.values().stream().map(Figures::result).toList();
        return new Report(period, months, team, reps, leaderboard(reps));
    }

    private static Figures figures(Map<String, Figures> byRep, String ownerId, String teamId) {
        return byRep.computeIfAbsent(ownerId, id -> new Figures(id, teamId));
    }

    /** By % of the revenue plan (reps without one last), ties by revenue, then by id. */
    static List<LeaderboardEntry> leaderboard(List<RepResult> reps) {
        Comparator<RepResult> order = Comparator
                .comparing((RepResult r) -> r.metric(PlanMetric.REVENUE).percent(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.metric(PlanMetric.REVENUE).fact(), Comparator.reverseOrder())
                .thenComparing(RepResult::ownerId);
        List<RepResult> sorted = reps.stream().sorted(order).toList();
        List<LeaderboardEntry> board = new ArrayList<>();
        for (RepResult rep : sorted) {
            MetricResult revenue = rep.metric(PlanMetric.REVENUE);
            board.add(new LeaderboardEntry(board.size() + 1, rep.ownerId(), revenue.percent(), revenue.fact(), rep.currency()));
        }
        return board;
    }

    /** One rep's plans and aggregates of the period's months. */
    private static final class Figures {
        final String ownerId;
        final String teamId;
        final List<Plan> plans = new ArrayList<>();
        final List<MonthAggregate> facts = new ArrayList<>();

        Figures(String ownerId, String teamId) {
            this.ownerId = ownerId;
            this.teamId = teamId;
        }

        RepResult result() {
            Map<String, BigDecimal> fact = MonthAggregate.sum(facts);
            String currency = currency(fact);
            List<MetricResult> metrics = new ArrayList<>();
            for (PlanMetric metric : PlanMetric.values()) {
                BigDecimal planned = planned(metric, currency);
                BigDecimal actual = switch (metric) {
                    case REVENUE -> currency == null ? BigDecimal.ZERO : fact.getOrDefault(AggregateNames.ordersAmount(currency), BigDecimal.ZERO);
                    case NEW_CLIENTS -> fact.getOrDefault(AggregateNames.FACT_NEW_CLIENTS, BigDecimal.ZERO);
                    case VISITS -> fact.getOrDefault(AggregateNames.FACT_VISITS, BigDecimal.ZERO);
                };
                metrics.add(new MetricResult(metric, planned, actual, percent(actual, planned)));
            }
            return new RepResult(ownerId, teamId, currency, metrics);
        }

        /** The plans' revenue currency; without one, the first currency sold in (orders' counter names end in it). */
        private String currency(Map<String, BigDecimal> fact) {
            for (Plan plan : plans) {
                if (plan.currency() != null) {
                    return plan.currency();
                }
            }
            return fact.keySet().stream().filter(name -> name.startsWith(AggregateNames.FACT_ORDERS_AMOUNT))
                    .map(name -> name.substring(AggregateNames.FACT_ORDERS_AMOUNT.length()))
                    .filter(code -> code.matches("[A-Z]{3}")).sorted().findFirst().orElse(null);
        }

        /** The months' targets added up (a quarter = its months); revenue only in the chosen currency. */
        private BigDecimal planned(PlanMetric metric, String currency) {
            BigDecimal sum = null;
            for (Plan plan : plans) {
                if (metric.money() && !java.util.Objects.equals(plan.currency(), currency)) {
                    continue;
                }
                BigDecimal target = plan.target(metric).orElse(null);
                if (target != null) {
                    sum = sum == null ? target : sum.add(target);
                }
            }
            return sum;
        }

        private static BigDecimal percent(BigDecimal actual, BigDecimal planned) {
            if (planned == null || planned.signum() == 0) {
                return null;
            }
            return actual.multiply(HUNDRED).divide(planned, 1, RoundingMode.HALF_UP);
        }
    }
}
