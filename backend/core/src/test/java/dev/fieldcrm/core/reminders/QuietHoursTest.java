package dev.fieldcrm.core.reminders;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(MOSCOW);
    }

    @Test
    void aSpanOverMidnight_coversTheEveningAndTheMorning_butNotTheDay() {
        assertThat(NIGHT.contains(at("2026-11-23T21:00"))).isTrue();
        assertThat(NIGHT.contains(at("2026-11-23T23:59"))).isTrue();
        assertThat(NIGHT.contains(at("2026-11-24T07:59"))).isTrue();
        assertThat(NIGHT.contains(at("2026-11-24T08:00"))).isFalse();
        assertThat(NIGHT.contains(at("2026-11-23T20:59"))).isFalse();
    }

    @Test
    void aReminderInTheEveningPart_movesToTheNextMorning_inTheMorningPart_toThatMorning() {
        assertThat(NIGHT.deliverableFrom(at("2026-11-23T22:30"))).isEqualTo(at("2026-11-24T08:00"));
        assertThat(NIGHT.deliverableFrom(at("2026-11-24T06:15"))).isEqualTo(at("2026-11-24T08:00"));
        assertThat(NIGHT.deliverableFrom(at("2026-11-24T12:00"))).isEqualTo(at("2026-11-24T12:00"));
    }

    @Test
    void aSpanWithinTheDay_andAnEmptySpan() {
        QuietHours lunch = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0));
        assertThat(lunch.deliverableFrom(at("2026-11-24T13:30"))).isEqualTo(at("2026-11-24T14:00"));
        assertThat(lunch.contains(at("2026-11-24T21:30"))).isFalse();
        QuietHours none = new QuietHours(LocalTime.NOON, LocalTime.NOON);
        assertThat(none.contains(at("2026-11-24T12:00"))).isFalse();
    }

    @Test
    void anEndSkippedByTheSpringDstGap_movesForwardWithTheGap() {
        ZoneId berlin = ZoneId.of("Europe/Berlin"); // 2027-03-28 02:00 → 03:00
        QuietHours untilHalfPastTwo = new QuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30));
        ZonedDateTime delivered = untilHalfPastTwo.deliverableFrom(LocalDateTime.parse("2027-03-28T01:00").atZone(berlin));
        assertThat(delivered.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-03-28T03:30"));
        assertThat(untilHalfPastTwo.contains(delivered)).isFalse();
    }

    @Property
    void whatIsDeliverable_isNeverQuiet_neverEarlier_andAtMostADayLater(@ForAll("spans") QuietHours quiet,
                                                                        @ForAll("moments") ZonedDateTime at) {
        ZonedDateTime delivered = quiet.deliverableFrom(at);

        assertThat(quiet.contains(delivered)).isFalse();
        assertThat(delivered).isAfterOrEqualTo(at);
        assertThat(delivered).isBeforeOrEqualTo(at.plusHours(25));
        if (!quiet.contains(at)) {
            assertThat(delivered).isEqualTo(at);
        }
    }

    @Provide
    Arbitrary<QuietHours> spans() {
        Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 24 * 4 - 1).map(q -> LocalTime.of(q / 4, (q % 4) * 15));
        return Combinators.combine(times, times).as(QuietHours::new);
    }

    @Provide
    Arbitrary<ZonedDateTime> moments() {
        Arbitrary<ZoneId> zones = Arbitraries.of("Europe/Moscow", "Asia/Vladivostok", "Europe/Berlin", "America/New_York", "UTC")
                .map(ZoneId::of);
        Arbitrary<LocalDateTime> locals = Arbitraries.longs().between(0, 3L * 366 * 24 * 60)
                .map(m -> LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(m));
        return Combinators.combine(locals, zones).as(LocalDateTime::atZone);
    }
}
