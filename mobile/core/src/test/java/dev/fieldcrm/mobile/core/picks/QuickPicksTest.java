package dev.fieldcrm.mobile.core.picks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QuickPicksTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");

    private static Instant resolve(QuickPick pick, String now, ZoneId zone) {
        return new QuickPicks(Clock.fixed(Instant.parse(now), ZoneOffset.UTC)).resolve(pick, zone);
    }

    @Test
    void tomorrowMorning_isTenOnTheRepsWallClock_acrossTheSpringForwardNight() {
        // Berlin moves from +01:00 to +02:00 on 2026-03-29 at 02:00.
        Instant tomorrow = resolve(QuickPick.TOMORROW_MORNING, "2026-03-28T20:00:00Z", BERLIN);

        assertThat(tomorrow).isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
    }

    @Test
    void inAWeek_keepsTenOClock_whenTheClocksGoBackInBetween() {
        // Berlin leaves summer time on 2026-10-25: 10:00 is 08:00Z before and 09:00Z after.
        Instant inAWeek = resolve(QuickPick.IN_A_WEEK, "2026-10-21T07:30:00Z", BERLIN);

        assertThat(inAWeek).isEqualTo(Instant.parse("2026-10-28T09:00:00Z"));
    }

    @Test
    void tomorrow_isTheRepsTomorrow_notUtcs() {
        // 23:30Z on Dec 6 is already Dec 7, 09:30 in Vladivostok (+10): tomorrow is Dec 8 there.
        Instant tomorrow = resolve(QuickPick.TOMORROW_MORNING, "2026-12-06T23:30:00Z", VLADIVOSTOK);

        assertThat(tomorrow).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
    }

    @Test
    void laterToday_isTwoRealHoursOn_roundedUpToTheQuarter_evenAcrossTheDstChange() {
        // New York springs forward on 2026-03-08 at 02:00 local (07:00Z): 01:05 EST + 2 h = 04:05 EDT.
        Instant later = resolve(QuickPick.LATER_TODAY, "2026-03-08T06:05:00Z", NEW_YORK);

        assertThat(later).isEqualTo(Instant.parse("2026-03-08T08:15:00Z"));
    }

    @Test
    void nextWorkingDay_skipsTheWeekend() {
        // Friday 2026-12-04 in Berlin → Monday 2026-12-07 10:00 CET.
        Instant next = resolve(QuickPick.NEXT_WORKING_DAY, "2026-12-04T15:00:00Z", BERLIN);

        assertThat(next).isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
    }

    @Test
    void inAMonth_fromTheLastOfJanuary_isTheLastOfFebruary() {
        Instant inAMonth = resolve(QuickPick.IN_A_MONTH, "2027-01-31T12:00:00Z", BERLIN);

        assertThat(inAMonth).isEqualTo(Instant.parse("2027-02-28T09:00:00Z"));
    }
}
