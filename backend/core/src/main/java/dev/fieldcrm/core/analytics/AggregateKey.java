package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.users.TeamScope;

import java.time.YearMonth;

/**
 * Whose counters for which month: one aggregate item per month and owner, filed under the owner's team at the time
 * of the event ({@code "-"} for an owner without a team), so a team's month is one Query and a rep's one GetItem.
 *
 * @param month   {@code yyyy-MM}
 * @param teamId  the owner's team when the counted event happened, or {@code "-"}
 * @param ownerId the rep the counters belong to
 */
public record AggregateKey(String month, String teamId, String ownerId) implements AnalyticsRecord {
    public static final String NO_TEAM = TeamScope.NO_TEAM;

    public AggregateKey {
        YearMonth.parse(month);
        teamId = teamId == null ? NO_TEAM : teamId;
    }

    public static AggregateKey of(YearMonth month, String teamId, String ownerId) {
        return new AggregateKey(month.toString(), teamId, ownerId);
    }

    public YearMonth yearMonth() {
        return YearMonth.parse(month);
    }
}
