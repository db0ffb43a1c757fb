package dev.fieldcrm.core.analytics;

import dev.fieldcrm.core.events.TenantJob;
import dev.fieldcrm.core.store.AlreadyExists;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The nightly reconciliation of each tenant: a schedule item per tenant on the due index, due at {@link #RUN_AT} UTC.
 * When due it reconciles the previous and the current month (late events still land in the previous month's first
 * days) and every month since the last run if runs were missed (at most {@link #MAX_CATCH_UP} months), then moves
 * itself to the next night. A tick delivered twice finds the item already moved; a failed run keeps it due.
 *
 * <p>On demand ({@value #JOB}, for tenants that existed before analytics): enrols the tenant and reconciles the
 * previous and the current month now, which also counts everything written before the listener was deployed (the
 * families of {@link Reconciliation#KEYED} only from the schedule's {@code keyedSince} month: see there).
 */
public final class ReconciliationPlan implements TenantJob {
    public static final String JOB = "aggregate-reconcile";
    public static final LocalTime RUN_AT = LocalTime.of(2, 0);
    static final int MAX_CATCH_UP = 12;

    private final Reconciliation reconciliation;
    private final ChangeWriter writer;
    private final Clock clock;

    public ReconciliationPlan(Reconciliation reconciliation, ChangeWriter writer, Clock clock) {
        this.reconciliation = reconciliation;
        this.writer = writer;
        this.clock = clock;
    }

    /** Puts the tenant on the nightly schedule unless it is already (a new user of a tenant calls it). */
    public void enrol(String tenantId) {
        Instant now = clock.instant();
        try {
            writer.apply(tenantId, new ChangeSet().create(new ReconciliationSchedule(nextNight(now), null, keyedFrom(now).toString())));
        } catch (AlreadyExists enrolled) {
            // The tenant's schedule exists: it keeps its own time.
        }
    }

    /**
     * The due-index handler: reconciles the months due and moves the schedule to the next night. A schedule written
     * before the keyed families existed gets its {@code keyedSince} now.
     */
    public void due(String tenantId, ReconciliationSchedule schedule) {
        Instant now = clock.instant();
        YearMonth keyedSince = schedule.keyedSince() == null ? keyedFrom(now) : YearMonth.parse(schedule.keyedSince());
        runNow(tenantId, schedule.lastRun(), keyedSince);
        writer.apply(tenantId, new ChangeSet().overwrite(new ReconciliationSchedule(nextNight(now), now, keyedSince.toString())));
    }

    /**
     * Reconciles now (the on-demand job, and the due handler): the months since {@code lastRun} (or the previous one),
     * through the current one; the families of {@link Reconciliation#KEYED} only in months from {@code keyedSince}.
     */
    public List<ReconciliationReport> runNow(String tenantId, Instant lastRun, YearMonth keyedSince) {
        Instant now = clock.instant();
        List<ReconciliationReport> reports = new ArrayList<>();
        for (YearMonth month : months(lastRun, now)) {
            reports.add(reconciliation.reconcile(tenantId, month, !month.isBefore(keyedSince)));
        }
        return reports;
    }

    @Override
    public String name() {
        return JOB;
    }

    /** @return how many owner-months were recomputed */
    @Override
    public int run(String tenantId) {
        enrol(tenantId);
        // Run for tenants older than the keyed families: their months so far hold items without the keys.
        return runNow(tenantId, null, keyedFrom(clock.instant())).stream().mapToInt(ReconciliationReport::owners).sum();
    }

    static List<YearMonth> months(Instant lastRun, Instant now) {
        YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
        YearMonth first = current.minusMonths(1);
        if (lastRun != null) {
            YearMonth last = YearMonth.from(lastRun.atZone(ZoneOffset.UTC));
            first = last.isBefore(first) ? last : first;
        }
        if (first.isBefore(current.minusMonths(MAX_CATCH_UP - 1))) {
            first = current.minusMonths(MAX_CATCH_UP - 1);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * The first month the keyed families are recomputed in, for a schedule started (or upgraded) now: the next one,
     * since the current month may hold items written before their keys existed. Earlier months keep the counts the
     * stream's markers made (see docs/decisions.md).
     */
    static YearMonth keyedFrom(Instant now) {
        return YearMonth.from(now.atZone(ZoneOffset.UTC)).plusMonths(1);
    }

    static Instant nextNight(Instant now) {
        ZonedDateTime today = now.atZone(ZoneOffset.UTC).toLocalDate().atTime(RUN_AT).atZone(ZoneOffset.UTC);
        return today.toInstant().isAfter(now) ? today.toInstant() : today.plusDays(1).toInstant();
    }
}
