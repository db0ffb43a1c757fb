package dev.fieldcrm.mobile.core.picks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuickPicksTest {

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', textBlock = """
            TOMORROW_MORNING | 2026-03-28T20:00:00Z | Europe/Berlin    | 2026-03-29T08:00:00Z | tomorrow 10:00 across the spring-forward night (Berlin +01:00 -> +02:00)
            IN_A_WEEK        | 2026-10-21T07:30:00Z | Europe/Berlin    | 2026-10-28T09:00:00Z | in a week keeps 10:00 when the clocks go back in between (08:00Z before, 09:00Z after)
            TOMORROW_MORNING | 2026-12-06T23:30:00Z | Asia/Vladivostok | 2026-12-08T00:00:00Z | tomorrow is the rep's tomorrow, not UTC's (23:30Z is already Dec 7 at +10)
            LATER_TODAY      | 2026-03-08T06:05:00Z | America/New_York | 2026-03-08T08:15:00Z | later today is two real hours on, rounded up to the quarter, across New York's DST start
            NEXT_WORKING_DAY | 2026-12-04T15:00:00Z | Europe/Berlin    | 2026-12-07T09:00:00Z | the next working day after a Friday is Monday
            IN_A_MONTH       | 2027-01-31T12:00:00Z | Europe/Berlin    | 2027-02-28T09:00:00Z | in a month from the last of January is the last of February
            IN_TWO_WEEKS     | 2026-12-06T09:00:00Z | Europe/Moscow    | 2026-12-20T07:00:00Z | in two weeks at 10:00 Moscow time
            """)
    void aPick_isTheRepsWallClockTime(QuickPick pick, Instant now, String zone, Instant expected, String why) {
        Instant resolved = new QuickPicks(Clock.fixed(now, ZoneOffset.UTC)).resolve(pick, ZoneId.of(zone));

        assertThat(resolved).as(why).isEqualTo(expected);
    }
}
