package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.deals.DealTally;
import dev.fieldcrm.core.deals.Pipeline;
import dev.fieldcrm.core.deals.SalesConfig;
import dev.fieldcrm.core.deals.Stage;
import dev.fieldcrm.core.deals.StageKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Turns the aggregates and tallies read for a dashboard into its figures (no I/O). */
final class DashboardFigures {
    private final LocalDate from;
    private final LocalDate to;
    private final MonthAggregate total;

    private DashboardFigures(LocalDate from, LocalDate to, List<MonthAggregate> aggregates) {
        this.from = from;
        this.to = to;
        this.total = new MonthAggregate(new AggregateKey(YearMonth.from(from).toString(), null, "*"), MonthAggregate.sum(aggregates));
    }

    static Dashboard of(DashboardRequest request, List<YearMonth> months, List<MonthAggregate> aggregates,
                        SalesConfig config, List<DealTally> tallies, long hygieneOffences) {
        DashboardFigures figures = new DashboardFigures(request.from(), request.to(), aggregates);
        MonthAggregate t = figures.total;
        return new Dashboard(request.from(), request.to(), months, request.teamId(), request.repId(),
                figures.funnel(config, tallies), figures.sources(), figures.partners(), figures.lost(),
                new Dashboard.Won(t.count(AggregateNames.WON_COUNT), t.family(AggregateNames.WON_AMOUNT)),
                new Dashboard.Facts(t.count(AggregateNames.FACT_NEW_CLIENTS), t.count(AggregateNames.FACT_VISITS),
                        t.count(AggregateNames.FACT_ORDERS_COUNT), currencies(t.family(AggregateNames.FACT_ORDERS_AMOUNT)),
                        t.family(AggregateNames.FACT_PAID)),
                figures.activity(aggregates), hygieneOffences);
    }

    private List<Dashboard.FunnelPipeline> funnel(SalesConfig config, List<DealTally> tallies) {
        List<Dashboard.FunnelPipeline> pipelines = new ArrayList<>();
        for (Pipeline pipeline : config.pipelines()) {
            List<Stage> stages = pipeline.stages();
            List<Dashboard.FunnelStage> rows = new ArrayList<>();
            for (int i = 0; i < stages.size(); i++) {
                Stage stage = stages.get(i);
                DealTally.StageTotals now = DealTally.totals(tallies, pipeline.id(), stage.id());
                long entered = total.count(AggregateNames.stageIn(pipeline.id(), stage.id()));
                long left = total.count(AggregateNames.stageOut(pipeline.id(), stage.id()));
                long seconds = total.count(AggregateNames.stageTime(pipeline.id(), stage.id()));
                Stage next = nextNotLost(stages, i);
                BigDecimal conversion = next == null ? null
                        : ratio(total.count(AggregateNames.stageIn(pipeline.id(), next.id())), entered);
                rows.add(new Dashboard.FunnelStage(stage.id(), stage.name(), stage.kind().name(), now.count(), now.sums(),
                        entered, left, left == 0 ? null : seconds / left, conversion));
            }
            pipelines.add(new Dashboard.FunnelPipeline(pipeline.id(), pipeline.name(), pipeline.purpose().name(), rows));
        }
        return pipelines;
    }

    private static Stage nextNotLost(List<Stage> stages, int index) {
        for (int j = index + 1; j < stages.size(); j++) {
            if (stages.get(j).kind() != StageKind.LOST) {
                return stages.get(j);
            }
        }
        return null;
    }

    private List<Dashboard.SourceRow> sources() {
        TreeSet<String> names = new TreeSet<>(total.family(AggregateNames.SOURCE_LEADS).keySet());
        names.addAll(total.family(AggregateNames.SOURCE_DEALS).keySet());
        List<Dashboard.SourceRow> rows = new ArrayList<>();
        for (String source : names) {
            long leads = total.count(AggregateNames.SOURCE_LEADS + source);
            long deals = total.count(AggregateNames.SOURCE_DEALS + source);
            long won = total.count(AggregateNames.SOURCE_WON + source);
            rows.add(new Dashboard.SourceRow(source, leads, deals, won,
                    total.family(AggregateNames.SOURCE_WON_AMOUNT + source + AggregateNames.SEP),
                    ratio(deals, leads), ratio(won, deals)));
        }
        return rows;
    }

    private List<Dashboard.PartnerRow> partners() {
        List<Dashboard.PartnerRow> rows = new ArrayList<>();
        for (String partner : total.family(AggregateNames.PARTNER_DEALS).keySet()) {
            long deals = total.count(AggregateNames.PARTNER_DEALS + partner);
            long won = total.count(AggregateNames.PARTNER_WON + partner);
            rows.add(new Dashboard.PartnerRow(partner, deals, won,
                    total.family(AggregateNames.PARTNER_WON_AMOUNT + partner + AggregateNames.SEP), ratio(won, deals)));
        }
        return rows;
    }

    private List<Dashboard.LostRow> lost() {
        List<Dashboard.LostRow> rows = new ArrayList<>();
        total.family(AggregateNames.LOST).forEach((rest, count) -> {
            String[] parts = rest.split(AggregateNames.SEP, 3);
            rows.add(new Dashboard.LostRow(parts[0], parts[1], parts.length > 2 ? parts[2] : "-", count.longValue()));
        });
        rows.sort((a, b) -> Long.compare(b.count(), a.count()));
        return rows;
    }

    /** Per rep, the days of the period with any activity, and the ISO weeks they make. */
    private List<Dashboard.RepActivity> activity(List<MonthAggregate> aggregates) {
        Map<String, Map<LocalDate, DayCounts>> byRep = new TreeMap<>();
        for (MonthAggregate aggregate : aggregates) {
            YearMonth month = aggregate.key().yearMonth();
            Map<LocalDate, DayCounts> days = byRep.computeIfAbsent(aggregate.key().ownerId(), k -> new TreeMap<>());
            aggregate.counters().forEach((name, value) -> {
                DayCounter counter = DayCounter.parse(name, month);
                if (counter != null && !counter.day().isBefore(from) && !counter.day().isAfter(to) && value.signum() != 0) {
                    counter.addTo(days.computeIfAbsent(counter.day(), d -> new DayCounts()), value.longValue());
                }
            });
        }
        List<Dashboard.RepActivity> reps = new ArrayList<>();
        byRep.forEach((rep, days) -> {
            if (days.isEmpty()) {
                return;
            }
            List<Dashboard.Activity> daily = new ArrayList<>();
            Map<String, DayCounts> weekly = new TreeMap<>();
            days.forEach((day, counts) -> {
                daily.add(counts.as(day.toString()));
                String week = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                weekly.computeIfAbsent(week, w -> new DayCounts()).add(counts);
            });
            List<Dashboard.Activity> weeks = new ArrayList<>();
            weekly.forEach((week, counts) -> weeks.add(counts.as(week)));
            reps.add(new Dashboard.RepActivity(rep, daily, weeks));
        });
        return reps;
    }

    /** A daily counter's day and what it counts, or null for a counter that is not daily. */
    private record DayCounter(LocalDate day, String interactionType, String step) {
        static DayCounter parse(String name, YearMonth month) {
            if (name.startsWith(AggregateNames.ACTIVITY)) {
                String[] parts = name.substring(AggregateNames.ACTIVITY.length()).split(AggregateNames.SEP, 2);
                return new DayCounter(month.atDay(Integer.parseInt(parts[0])), parts[1], null);
            }
            for (String step : List.of(AggregateNames.STEPS_PLANNED, AggregateNames.STEPS_DONE, AggregateNames.STEPS_OVERDUE)) {
                if (name.startsWith(step)) {
                    return new DayCounter(month.atDay(Integer.parseInt(name.substring(step.length()))), null, step);
                }
            }
            return null;
        }

        void addTo(DayCounts counts, long value) {
            if (interactionType != null) {
                counts.interactions.merge(interactionType, value, Long::sum);
            } else if (step.equals(AggregateNames.STEPS_PLANNED)) {
                counts.planned += value;
            } else if (step.equals(AggregateNames.STEPS_DONE)) {
                counts.done += value;
            } else {
                counts.overdue += value;
            }
        }
    }

    private static final class DayCounts {
        private final Map<String, Long> interactions = new TreeMap<>();
        private long planned;
        private long done;
        private long overdue;

        void add(DayCounts other) {
            other.interactions.forEach((type, n) -> interactions.merge(type, n, Long::sum));
            planned += other.planned;
            done += other.done;
            overdue += other.overdue;
        }

        Dashboard.Activity as(String period) {
            return new Dashboard.Activity(period, new TreeMap<>(interactions), planned, done, overdue);
        }
    }

    /** Order amounts per currency: the {@code n} counter (the number of orders) is not a currency. */
    private static Map<String, BigDecimal> currencies(Map<String, BigDecimal> family) {
        Map<String, BigDecimal> amounts = new TreeMap<>(family);
        amounts.remove("n");
        return amounts;
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
