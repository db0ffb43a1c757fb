package dev.fieldcrm.mobile.app.dashboard;

import java.util.List;

/**
 * What the manager dashboard shows: the funnel now, each rep's next steps planned vs done (and overdue) in the
 * period, and how many hygiene offences are open.
 */
public record DashboardData(List<FunnelStage> funnel, List<RepActivity> activity, int hygieneOffences) {
    public DashboardData {
        funnel = List.copyOf(funnel);
        activity = List.copyOf(activity);
    }

    public static DashboardData empty() {
        return new DashboardData(List.of(), List.of(), 0);
    }

    /** Deals in one stage now. */
    public record FunnelStage(String stage, int deals) {
    }

    /** One rep's next steps in the period. */
    public record RepActivity(String rep, int planned, int done, int overdue) {
    }
}
