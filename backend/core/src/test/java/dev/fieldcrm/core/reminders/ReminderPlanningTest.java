package dev.fieldcrm.core.reminders;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderPlanningTest {
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    private static ReminderPlanning.Timing timing(ZoneId zone, QuietHours quiet) {
        return new ReminderPlanning.Timing(zone, quiet);
    }

    @Test
    void theDigest_isAtItsLocalTime_inVladivostok_todayIfStillAhead_elseTomorrow() {
        Occurrence beforeEight = ReminderPlanning.nextDigest("anna", LocalTime.of(8, 0), VLADIVOSTOK, Instant.parse("2026-11-23T21:00:00Z"));
        assertThat(beforeEight.id()).isEqualTo("digest#anna#2026-11-24");
        assertThat(beforeEight.fireAt()).isEqualTo(Instant.parse("2026-11-23T22:00:00Z"));

        Occurrence afterEight = ReminderPlanning.nextDigest("anna", LocalTime.of(8, 0), VLADIVOSTOK, Instant.parse("2026-11-23T22:00:00Z"));
        assertThat(afterEight.id()).isEqualTo("digest#anna#2026-11-25");
    }

    @Test
    void theDigest_keepsItsLocalTimeAcrossTheDstChange_andIsNotHeldBackByQuietHours() {
        Occurrence saturday = ReminderPlanning.nextDigest("b", LocalTime.of(8, 0), BERLIN, Instant.parse("2027-03-27T08:00:00Z"));
        assertThat(saturday.fireAt()).isEqualTo(Instant.parse("2027-03-28T06:00:00Z")); // 08:00 CEST (+2)
        Occurrence following = ReminderPlanning.followingDigest("b", LocalTime.of(8, 0), BERLIN, saturday.fireAt(), saturday.fireAt());
        assertThat(following.id()).isEqualTo("digest#b#2027-03-29");
        Occurrence autumn = ReminderPlanning.nextDigest("b", LocalTime.of(8, 0), BERLIN, Instant.parse("2027-10-31T00:00:00Z"));
        assertThat(autumn.fireAt()).isEqualTo(Instant.parse("2027-10-31T07:00:00Z")); // 08:00 CET (+1)
        Occurrence early = ReminderPlanning.nextDigest("c", LocalTime.of(7, 0), MOSCOW, Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(early.fireAt()).isEqualTo(Instant.parse("2026-11-23T04:00:00Z"));
    }

    @Test
    void aDigestTimeSkippedByTheSpringGap_comesAnHourLater_thatDay() {
        Occurrence gap = ReminderPlanning.nextDigest("d", LocalTime.of(2, 30), BERLIN, Instant.parse("2027-03-27T12:00:00Z"));
        assertThat(gap.fireAt().atZone(BERLIN).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-03-28T03:30"));
        assertThat(gap.id()).isEqualTo("digest#d#2027-03-28");
    }

    @Test
    void theOverdueNudge_isAtTwoLocal_onceADay_andMovesOutOfQuietHours() {
        Occurrence nudge = ReminderPlanning.nextOverdueNudge("e", timing(VLADIVOSTOK, null), Instant.parse("2026-11-23T05:00:00Z"));
        assertThat(nudge.fireAt()).isEqualTo(Instant.parse("2026-11-24T04:00:00Z"));
        QuietHours afternoonNap = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
        Occurrence napped = ReminderPlanning.nextOverdueNudge("e", timing(MOSCOW, afternoonNap), Instant.parse("2026-11-23T05:00:00Z"));
        assertThat(napped.fireAt()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
        Occurrence next = ReminderPlanning.followingOverdueNudge("e", timing(MOSCOW, afternoonNap), napped.fireAt(), napped.fireAt());
        assertThat(next.id()).isEqualTo("overdue#e#2026-11-24");
    }

    @Test
    void aMeetingReminder_isItsLeadTimeBefore_orBeforeTheQuietHoursWhenTheirEndIsTooLate() {
        Instant tenLocal = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, MOSCOW).toInstant();
        assertThat(ReminderPlanning.meeting("t1", tenLocal, 30, timing(MOSCOW, NIGHT), Instant.parse("2026-11-23T12:00:00Z")))
                .get().extracting(Occurrence::fireAt).isEqualTo(tenLocal.minus(Duration.ofMinutes(30)));

        Instant eightFifteen = ZonedDateTime.of(2026, 11, 24, 8, 15, 0, 0, MOSCOW).toInstant();
        assertThat(ReminderPlanning.meeting("t2", eightFifteen, 30, timing(MOSCOW, NIGHT), Instant.parse("2026-11-23T12:00:00Z")))
                .get().extracting(o -> o.fireAt().atZone(MOSCOW).toLocalTime()).isEqualTo(LocalTime.of(8, 0));

        Instant sevenLocal = ZonedDateTime.of(2026, 11, 24, 7, 0, 0, 0, MOSCOW).toInstant();
        assertThat(ReminderPlanning.meeting("t3", sevenLocal, 30, timing(MOSCOW, NIGHT), Instant.parse("2026-11-23T12:00:00Z")))
                .get().extracting(o -> o.fireAt().atZone(MOSCOW).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-23T20:59"));
    }

    @Test
    void aMeetingThatBegan_hasNoReminder_andOneAboutToBegin_isRemindedAtTheNextTick() {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        assertThat(ReminderPlanning.meeting("t", now.minusSeconds(1), 30, timing(MOSCOW, null), now)).isEmpty();
        assertThat(ReminderPlanning.meeting("t", now.plusSeconds(600), 30, timing(MOSCOW, null), now))
                .get().extracting(Occurrence::fireAt).isEqualTo(now.plusSeconds(60));
    }

    @Test
    void prolongation_isAtNineOwnerLocal_theGivenDaysBefore_rightAwayWhenLate_andNoneAfterTheEnd() {
        LocalDate end = LocalDate.of(2027, 3, 31);
        Occurrence ahead = ReminderPlanning.prolongation("c1", end, 30, timing(VLADIVOSTOK, null), Instant.parse("2027-01-01T00:00:00Z")).orElseThrow();
        assertThat(ahead.id()).isEqualTo("prolong#c1#2027-03-31");
        assertThat(ahead.fireAt()).isEqualTo(Instant.parse("2027-02-28T23:00:00Z")); // 1 March 09:00 +10

        Instant late = Instant.parse("2027-03-20T00:00:00Z");
        assertThat(ReminderPlanning.prolongation("c1", end, 30, timing(VLADIVOSTOK, null), late)).get()
                .extracting(Occurrence::fireAt).isEqualTo(late.plusSeconds(60));
        assertThat(ReminderPlanning.prolongation("c1", end, 30, timing(VLADIVOSTOK, null), Instant.parse("2027-03-31T15:00:00Z"))).isEmpty();
    }

    @Test
    void aFebruary29Birthday_isRememberedOnFebruary28InOtherYears_andOnTheDayInLeapYears() {
        LocalDate born = LocalDate.of(1992, 2, 29);
        Occurrence in2027 = ReminderPlanning.birthday("p", born, timing(MOSCOW, null), Instant.parse("2027-01-10T00:00:00Z"));
        assertThat(in2027.id()).isEqualTo("birthday#p#2027");
        assertThat(in2027.fireAt().atZone(MOSCOW).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2027-02-28T09:00"));
        Occurrence in2028 = ReminderPlanning.birthdayAfter("p", born, 2027, timing(MOSCOW, null), in2027.fireAt());
        assertThat(in2028.fireAt().atZone(MOSCOW).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2028-02-29T09:00"));
    }

    @Test
    void aBirthdayWhoseNineOClockHasPassedToday_isNextYears() {
        Occurrence next = ReminderPlanning.birthday("p", LocalDate.of(1980, 11, 23), timing(MOSCOW, null), Instant.parse("2026-11-23T07:00:00Z"));
        assertThat(next.id()).isEqualTo("birthday#p#2027");
    }

    @Property
    void theNextDigest_isAlwaysAhead_withinADay_atTheChosenLocalTime(@ForAll("zones") ZoneId zone,
                                                                     @ForAll @IntRange(min = 0, max = 1439) int minuteOfDay,
                                                                     @ForAll("instants") Instant now) {
        LocalTime at = LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
        Occurrence digest = ReminderPlanning.nextDigest("u", at, zone, now);

        assertThat(digest.fireAt()).isAfter(now);
        assertThat(digest.fireAt()).isBeforeOrEqualTo(now.plus(Duration.ofHours(26)));
        LocalDateTime local = digest.fireAt().atZone(zone).toLocalDateTime();
        boolean skippedByGap = !zone.getRules().isValidOffset(LocalDateTime.of(local.toLocalDate(), at),
                zone.getRules().getOffset(digest.fireAt()));
        if (!skippedByGap) {
            assertThat(local.toLocalTime()).isEqualTo(at);
        }
        assertThat(digest.id()).isEqualTo("digest#u#" + local.toLocalDate());
    }

    @Property
    void aPlannedReminder_isNeverInQuietHours_norBeforeTheNextTick(@ForAll("zones") ZoneId zone,
                                                                   @ForAll("instants") Instant now,
                                                                   @ForAll @IntRange(min = 1, max = 60 * 24 * 20) int minutesAhead,
                                                                   @ForAll @IntRange(min = 0, max = 120) int lead) {
        Instant dueAt = now.plus(Duration.ofMinutes(minutesAhead));
        ReminderPlanning.Timing timing = timing(zone, NIGHT);
        ReminderPlanning.meeting("t", dueAt, lead, timing, now).ifPresent(o -> {
            assertThat(timing.isQuiet(o.fireAt())).isFalse();
            assertThat(o.fireAt()).isAfterOrEqualTo(now.plusSeconds(60));
        });
        Occurrence nudge = ReminderPlanning.nextOverdueNudge("u", timing, now);
        assertThat(timing.isQuiet(nudge.fireAt())).isFalse();
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Europe/Moscow", "Asia/Vladivostok", "Europe/Berlin", "America/New_York", "Asia/Kolkata",
                "Australia/Lord_Howe", "UTC").map(ZoneId::of);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2029-01-01T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
    }
}
