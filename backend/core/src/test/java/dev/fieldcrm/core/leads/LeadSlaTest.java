package dev.fieldcrm.core.leads;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LeadSlaTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** Defaults: 15 minutes, Mon–Fri 09:00–18:00 Moscow. 2026-11-27 is a Friday. */
    private static final LeadSettings DEFAULTS = LeadSettings.defaults();

    private static Instant moscow(String local) {
        return LocalDateTime.parse(local).atZone(MOSCOW).toInstant();
    }

    private static Instant due(String receivedLocal, LeadSettings settings) {
        return LeadSla.contactDeadline(moscow(receivedLocal), settings);
    }

    @Test
    void aLeadDuringWorkingHours_isDueSlaMinutesLater() {
        assertThat(due("2026-11-25T10:00", DEFAULTS)).isEqualTo(moscow("2026-11-25T10:15"));
    }

    @Test
    void aLeadAt19OnFriday_isDueMondayAt0915() {
        assertThat(due("2026-11-27T19:00", DEFAULTS)).isEqualTo(moscow("2026-11-30T09:15"));
    }

    @Test
    void aLeadOnTheWeekend_orBeforeOpening_startsCountingAtTheNextOpening() {
        assertThat(due("2026-11-28T12:00", DEFAULTS)).isEqualTo(moscow("2026-11-30T09:15"));
        assertThat(due("2026-11-29T23:59", DEFAULTS)).isEqualTo(moscow("2026-11-30T09:15"));
        assertThat(due("2026-11-25T07:30", DEFAULTS)).isEqualTo(moscow("2026-11-25T09:15"));
    }

    @Test
    void aLeadExactlyAtClosingTime_isOutsideWorkingHours_andDueNextWorkingMorning() {
        assertThat(due("2026-11-25T18:00", DEFAULTS)).isEqualTo(moscow("2026-11-26T09:15"));
        assertThat(due("2026-11-27T18:00", DEFAULTS)).isEqualTo(moscow("2026-11-30T09:15"));
    }

    @Test
    void aDeadlineMayFallExactlyOnClosingTime() {
        assertThat(due("2026-11-25T17:45", DEFAULTS)).isEqualTo(moscow("2026-11-25T18:00"));
    }

    @Test
    void minutesThatDoNotFitBeforeClosing_carryOverToTheNextWorkingDay() {
        assertThat(due("2026-11-25T17:50", DEFAULTS)).isEqualTo(moscow("2026-11-26T09:05"));
        assertThat(due("2026-11-27T17:50", DEFAULTS)).as("over the weekend").isEqualTo(moscow("2026-11-30T09:05"));
    }

    @Test
    void aLongSla_spansSeveralWorkingDays() {
        LeadSettings twoDays = withSla(DEFAULTS, 2 * 9 * 60 + 30);
        assertThat(due("2026-11-26T09:00", twoDays)).as("Thu 09:00 + 18h30 of work").isEqualTo(moscow("2026-11-30T09:30"));
    }

    @Test
    void theTenantsTimeZone_decides_notUtc() {
        WorkingHours vladivostok = new WorkingHours("Asia/Vladivostok", LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        LeadSettings far = new LeadSettings("RU", LeadSettings.CreateAs.LEAD, 15, vladivostok, List.of(), null, 1);
        // 10:00 Moscow = 17:00 Vladivostok: within its hours.
        assertThat(due("2026-11-25T10:00", far)).isEqualTo(moscow("2026-11-25T10:15"));
        // 12:00 Moscow = 19:00 Vladivostok: closed, due 09:15 Vladivostok next day = 02:15 Moscow.
        assertThat(due("2026-11-25T12:00", far)).isEqualTo(moscow("2026-11-26T02:15"));
    }

    @Test
    void aZeroSla_isDueAtReceipt_duringHours_orAtTheNextOpening() {
        LeadSettings now = withSla(DEFAULTS, 0);
        assertThat(due("2026-11-25T11:11", now)).isEqualTo(moscow("2026-11-25T11:11"));
        assertThat(due("2026-11-27T18:00", now)).isEqualTo(moscow("2026-11-30T09:00"));
    }

    private static LeadSettings withSla(LeadSettings s, int minutes) {
        return new LeadSettings(s.phoneRegion(), s.createAs(), minutes, s.workingHours(), s.territoryRules(),
                s.roundRobin(), s.version());
    }
}
