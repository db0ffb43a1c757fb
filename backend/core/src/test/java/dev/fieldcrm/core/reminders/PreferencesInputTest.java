package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.normalize.Phones;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PreferencesInputTest {
    private static final Phones PHONES = new Phones("RU");

    @Test
    void absentValues_takeTheDefaults_andThePhoneIsStoredInE164() {
        NotificationPreferences p = new PreferencesInput(Map.of(ReminderKind.MEETING, Set.of(Channel.SMS)), null, null,
                null, "22:00", "07:30", null, null, false, "8 (912) 345-67-89").toPreferences("u", PHONES, Instant.EPOCH, 1);

        assertThat(p.digestAt()).isEqualTo(LocalTime.of(8, 0));
        assertThat(p.meetingLeadMinutes()).isEqualTo(30);
        assertThat(p.prolongationDaysBefore()).isEqualTo(30);
        assertThat(p.smsPhone()).isEqualTo("+79123456789");
        assertThat(p.channelsFor(ReminderKind.MEETING)).containsExactly(Channel.SMS);
        assertThat(p.channelsFor(ReminderKind.DIGEST)).containsExactly(Channel.EMAIL);
        assertThat(p.quietHours()).isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30)));
    }

    @Test
    void aBadZoneTimeLocaleAndPhone_areAllReportedAtOnce() {
        ValidationFailed failed = catchThrowableOfType(ValidationFailed.class, () -> new PreferencesInput(null, "8am", null, null,
                "25:00", "07:00", "Mars/Olympus", "de", false, "12").toPreferences("u", PHONES, Instant.EPOCH, 1));

        assertThat(failed.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("digestAt", "quietFrom", "timeZone", "locale", "smsPhone");
    }

    @Test
    void smsWithoutAPhone_orADigestBySms_isRefused() {
        ValidationFailed failed = catchThrowableOfType(ValidationFailed.class, () -> new PreferencesInput(
                Map.of(ReminderKind.DIGEST, Set.of(Channel.SMS)), null, null, null, null, null, null, null, false, null)
                .toPreferences("u", PHONES, Instant.EPOCH, 1));

        assertThat(failed.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("channels.DIGEST", "smsPhone");
    }

    @Test
    void muted_sendsOnNoChannel() {
        NotificationPreferences muted = new PreferencesInput(null, null, null, null, null, null, null, null, true, null)
                .toPreferences("u", PHONES, Instant.EPOCH, 1);
        for (ReminderKind kind : ReminderKind.values()) {
            assertThat(muted.channelsFor(kind)).isEmpty();
        }
    }
}
