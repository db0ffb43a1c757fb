package dev.fieldcrm.core.analytics;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Reads of the monthly aggregates: the only way analytics code reads counters (never by parsing items). */
public interface AggregateQueries {

    /** One month of a team's owners ({@code teamId} null: every owner of the tenant). One Query per month. */
    List<MonthAggregate> month(String tenantId, YearMonth month, String teamId);

    /** One owner's month, filed under the team given (the owner's team at the time of the events). One GetItem. */
    Optional<MonthAggregate> owner(String tenantId, YearMonth month, String teamId, String ownerId);

    /** A month's reconciliation reports, latest first. */
    List<ReconciliationReport> reports(String tenantId, YearMonth month);
}
