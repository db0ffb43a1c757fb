package dev.fieldcrm.core.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The manager's dashboard for a period and a team or a rep, read from the monthly aggregates and the tallies.
 * Daily counters (activity, steps) cover exactly {@code from..to}; the others are monthly and cover the whole
 * {@code months} the period touches.
 *
 * @param teamId the team shown (null: the whole tenant, or a single rep)
 * @param repId  the rep shown (null: a team or the tenant)
 */
public record Dashboard(LocalDate from, LocalDate to, List<YearMonth> months, String teamId, String repId,
                        List<FunnelPipeline> funnel, List<SourceRow> sources, List<PartnerRow> partners,
                        List<LostRow> lost, Won won, Facts facts, List<RepActivity> activity, long hygieneOffences) {

    /** One pipeline's funnel, stages in pipeline order. */
    public record FunnelPipeline(String pipelineId, String name, String purpose, List<FunnelStage> stages) {
    }

    /**
     * @param dealsNow                deals at the stage now (the deal tally, not limited to the period)
     * @param amountNow               their amounts per currency
     * @param entered                 deals that entered the stage in the period
     * @param left                    deals that left it in the period
     * @param averageSecondsInStage   of the deals that left it in the period (null when none left)
     * @param conversionToNext        entered the next (not lost) stage / entered this one (null when none entered)
     */
    public record FunnelStage(String stageId, String name, String kind, long dealsNow, Map<String, BigDecimal> amountNow,
                              long entered, long left, Long averageSecondsInStage, BigDecimal conversionToNext) {
    }

    /** Leads → deals → won for one source; conversions are null when the base is 0. */
    public record SourceRow(String source, long leads, long deals, long won, Map<String, BigDecimal> revenue,
                            BigDecimal leadToDeal, BigDecimal dealToWon) {
    }

    /** Deals brought by one partner (the deal's partner) and what they won. */
    public record PartnerRow(String partnerId, long deals, long won, Map<String, BigDecimal> revenue, BigDecimal dealToWon) {
    }

    /** Where deals die: lost from a stage for a reason. */
    public record LostRow(String pipelineId, String stageId, String reason, long count) {
    }

    public record Won(long count, Map<String, BigDecimal> amount) {
    }

    /** Plan-vs-fact figures: new clients, visits, confirmed orders, payments. */
    public record Facts(long newClients, long visits, long orders, Map<String, BigDecimal> orderAmount,
                        Map<String, BigDecimal> paid) {
    }

    public record RepActivity(String repId, List<Activity> days, List<Activity> weeks) {
    }

    /**
     * One day's (or ISO week's) work of a rep.
     *
     * @param period       {@code yyyy-MM-dd} for a day, {@code yyyy-Www} for a week
     * @param interactions per interaction type
     */
    public record Activity(String period, Map<String, Long> interactions, long stepsPlanned, long stepsDone,
                           long stepsOverdue) {
    }
}
