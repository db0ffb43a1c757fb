package dev.fieldcrm.core.reminders;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.users.User;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How and when a user wants to be reminded, stored under the user; a user who never saved any has the
 * {@link #defaults(String) defaults} (version 0).
 *
 * @param channels               per kind the channels to use (an empty set: that kind is off)
 * @param digestAt               local time of the morning digest
 * @param meetingLeadMinutes     how long before a meeting or call its reminder comes
 * @param prolongationDaysBefore how many days before a contract ends its owner is reminded (a client's own contract
 *                               setting wins)
 * @param quietHours             local span without reminders (the digest is exempt: it comes at its time); null: none
 * @param timeZone               IANA zone; null: the user's zone from the directory
 * @param locale                 ru or en; null: the user's locale from the directory
 * @param muted                  nothing at all is sent while true
 * @param smsPhone               E.164 number for SMS; null: no SMS can be sent
 * @param version                0 until first saved; updates are conditional on it
 */
public record NotificationPreferences(String userId, Map<ReminderKind, Set<Channel>> channels,
                                      @JsonFormat(pattern = "HH:mm") LocalTime digestAt,
                                      int meetingLeadMinutes, int prolongationDaysBefore, QuietHours quietHours,
                                      String timeZone, String locale, boolean muted, String smsPhone,
                                      Instant updatedAt, long version) {
    public static final LocalTime DEFAULT_DIGEST_AT = LocalTime.of(8, 0);
    public static final int DEFAULT_MEETING_LEAD_MINUTES = 30;
    public static final int DEFAULT_PROLONGATION_DAYS = 30;

    public NotificationPreferences {
        Map<ReminderKind, Set<Channel>> complete = new EnumMap<>(ReminderKind.class);
        for (ReminderKind kind : ReminderKind.values()) {
            Set<Channel> chosen = channels == null ? null : channels.get(kind);
            complete.put(kind, chosen == null ? defaultChannels(kind) : Set.copyOf(chosen));
        }
        channels = Map.copyOf(complete);
        digestAt = digestAt == null ? DEFAULT_DIGEST_AT : digestAt;
    }

    /** What a user who never set anything gets. */
    public static NotificationPreferences defaults(String userId) {
        return new NotificationPreferences(userId, null, DEFAULT_DIGEST_AT, DEFAULT_MEETING_LEAD_MINUTES,
                DEFAULT_PROLONGATION_DAYS, null, null, null, false, null, null, 0);
    }

    /**
     * The digest comes by email (it is long); what needs attention now comes by push, and by email too when it is
     * about a contract or a lead (worth keeping in the inbox). SMS costs money: only on request.
     */
    static Set<Channel> defaultChannels(ReminderKind kind) {
        return switch (kind) {
            case DIGEST -> EnumSet.of(Channel.EMAIL);
            case MEETING, OVERDUE, BIRTHDAY -> EnumSet.of(Channel.PUSH);
            case PROLONGATION, LEAD_ASSIGNED, LEAD_SLA -> EnumSet.of(Channel.EMAIL, Channel.PUSH);
        };
    }

    /** The zone reminders are planned in: the chosen one, else the user's. */
    public ZoneId zoneFor(User user) {
        return ZoneId.of(timeZone != null ? timeZone : user.timeZone());
    }

    /** The language of the messages: the chosen one, else the user's, else Russian (the product's home market). */
    public Locale localeFor(User user) {
        String tag = locale != null ? locale : user.locale();
        return Locale.forLanguageTag(tag == null ? "ru" : tag);
    }

    /** The channels of a kind; none at all when muted. */
    public Set<Channel> channelsFor(ReminderKind kind) {
        return muted ? Set.of() : channels.get(kind);
    }

    @JsonIgnore
    public boolean isDefault() {
        return version == 0;
    }
}
