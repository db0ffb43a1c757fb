package dev.fieldcrm.core.analytics;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** When the nightly reconciliation runs and which months it covers. */
class ReconciliationPlanTest {

    @Test
    void theNextRun_isTheComing0200Utc() {
        assertThat(ReconciliationPlan.nextNight(Instant.parse("2026-12-06T01:59:00Z"))).isEqualTo("2026-12-06T02:00:00Z");
        assertThat(ReconciliationPlan.nextNight(Instant.parse("2026-12-06T02:00:00Z"))).isEqualTo("2026-12-07T02:00:00Z");
    }

    @Test
    void aNightlyRun_coversThePreviousAndTheCurrentMonth() {
        assertThat(ReconciliationPlan.months(Instant.parse("2026-12-05T02:00:00Z"), Instant.parse("2026-12-06T02:00:00Z")))
                .containsExactly(YearMonth.of(2026, 11), YearMonth.of(2026, 12));
    }

    @Test
    void missedRuns_areCaughtUpMonthByMonth_atMostTwelve() {
        assertThat(ReconciliationPlan.months(Instant.parse("2026-08-20T02:00:00Z"), Instant.parse("2026-12-06T02:00:00Z")))
                .containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10),
                        YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        assertThat(ReconciliationPlan.months(Instant.parse("2023-01-01T02:00:00Z"), Instant.parse("2026-12-06T02:00:00Z")))
                .hasSize(12).endsWith(YearMonth.of(2026, 12));
    }

    @Test
    void aScheduleStartedOrUpgradedNow_recomputesTheKeyedFamiliesFromNextMonth() {
        assertThat(ReconciliationPlan.keyedFrom(Instant.parse("2026-12-31T23:59:00Z"))).isEqualTo(YearMonth.of(2027, 1));
    }
}
