package dev.fieldcrm.core.reminders;

import dev.fieldcrm.core.normalize.Phones;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.LocalTimes;
import dev.fieldcrm.core.shared.ValidationFailed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a user writes about their notifications. Absent values take the defaults; times are local {@code HH:mm}.
 *
 * @param quietFrom start of the quiet hours ({@code 21:00}); both or neither of quietFrom/quietTo
 */
public record PreferencesInput(Map<ReminderKind, Set<Channel>> channels,
                               @Size(max = 5) String digestAt,
                               @Min(0) @Max(1440) Integer meetingLeadMinutes,
                               @Min(1) @Max(365) Integer prolongationDaysBefore,
                               @Size(max = 5) String quietFrom,
                               @Size(max = 5) String quietTo,
                               @Size(max = 64) String timeZone,
                               @Size(max = 5) String locale,
                               boolean muted,
                               @Size(max = 40) String smsPhone) {

    /** The stored form, or every field error at once (422): zone, times, locale and phone are checked here. */
    NotificationPreferences toPreferences(String userId, Phones phones, Instant at, long version) {
        List<FieldError> errors = new ArrayList<>();
        LocalTime digest = LocalTimes.parse("digestAt", digestAt, errors);
        LocalTime from = LocalTimes.parse("quietFrom", quietFrom, errors);
        LocalTime to = LocalTimes.parse("quietTo", quietTo, errors);
        if ((from == null) != (to == null) && errors.isEmpty()) {
            errors.add(new FieldError(from == null ? "quietFrom" : "quietTo", "give both ends of the quiet hours or neither"));
        }
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Moscow"));
            }
        }
        if (locale != null && !locale.equals("ru") && !locale.equals("en")) {
            errors.add(new FieldError("locale", "must be ru or en"));
        }
        String phone = null;
        if (smsPhone != null && !smsPhone.isBlank()) {
            phone = phones.toE164(smsPhone).orElse(null);
            if (phone == null) {
                errors.add(new FieldError("smsPhone", "must be a valid phone number, e.g. +7 912 345 67 89"));
            }
        }
        if (channels != null && channels.getOrDefault(ReminderKind.DIGEST, Set.of()).contains(Channel.SMS)) {
            errors.add(new FieldError("channels.DIGEST", "the digest is too long for SMS: choose EMAIL or PUSH"));
        }
        boolean wantsSms = channels != null && channels.values().stream().anyMatch(c -> c != null && c.contains(Channel.SMS));
        if (wantsSms && phone == null && (smsPhone == null || smsPhone.isBlank())) {
            errors.add(new FieldError("smsPhone", "is needed when a reminder is to come by SMS"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new NotificationPreferences(userId, channels, digest,
                meetingLeadMinutes == null ? NotificationPreferences.DEFAULT_MEETING_LEAD_MINUTES : meetingLeadMinutes,
                prolongationDaysBefore == null ? NotificationPreferences.DEFAULT_PROLONGATION_DAYS : prolongationDaysBefore,
                from == null ? null : new QuietHours(from, to), timeZone, locale, muted, phone, at, version);
    }
}
