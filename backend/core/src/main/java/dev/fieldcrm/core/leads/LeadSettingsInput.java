package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.normalize.Phones;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.LocalTimes;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.users.User;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lead settings as an admin sends them (the whole settings: adding a rule = sending the list with it).
 * Territory rules and the round-robin pool may be left out (none; all active reps).
 */
public record LeadSettingsInput(
        @NotNull @Size(max = 2) String phoneRegion,
        @NotNull LeadSettings.CreateAs createAs,
        @NotNull @Min(0) @Max(MAX_SLA_MINUTES) Integer slaMinutes,
        @NotNull @Valid WorkingHoursInput workingHours,
        @Size(max = 200) List<@NotNull @Valid TerritoryRuleInput> territoryRules,
        @Valid RoundRobinPoolInput roundRobin) {

    /** A week: an SLA longer than that is no first-contact SLA. */
    public static final int MAX_SLA_MINUTES = 7 * 24 * 60;

    /** @param opens local {@code HH:mm}; @param closes local {@code HH:mm}, after opens (same day) */
    public record WorkingHoursInput(@NotNull @Size(max = 64) String timeZone, @NotNull @Size(max = 5) String opens,
                        @NotNull @Size(max = 5) String closes, @NotNull @Size(min = 1, max = 7) List<@NotNull DayOfWeek> days) {
    }

    /** A territory: any of country/region/city (at least one), to exactly one of userId/teamId. */
    public record TerritoryRuleInput(@Size(max = 100) String country, @Size(max = 100) String region, @Size(max = 100) String city,
                       @Size(max = 100) String userId, @Size(max = 100) String teamId) {
    }

    /** userIds or teamId or neither (all active reps). */
    public record RoundRobinPoolInput(@Size(max = 500) List<@NotNull @Size(max = 100) String> userIds, @Size(max = 100) String teamId) {
    }

    /**
     * The stored form, or every field error at once (422): the region, the hours, and that every user and team named
     * is one of the tenant's ({@code users} is the whole directory; a team exists when a user is in it).
     */
    LeadSettings toSettings(List<User> users, long version) {
        List<FieldError> errors = new ArrayList<>();
        if (!Phones.isRegion(phoneRegion)) {
            errors.add(new FieldError("phoneRegion", "must be an ISO 3166 alpha-2 region such as RU or DE"));
        }
        WorkingHours hours = hours(errors);
        Set<String> userIds = new HashSet<>();
        Set<String> teamIds = new HashSet<>();
        for (User user : users) {
            userIds.add(user.id());
            if (user.teamId() != null) {
                teamIds.add(user.teamId());
            }
        }
        List<TerritoryRule> rules = new ArrayList<>();
        List<TerritoryRuleInput> given = territoryRules == null ? List.of() : territoryRules;
        for (int i = 0; i < given.size(); i++) {
            rules.add(rule("territoryRules[" + i + "]", given.get(i), userIds, teamIds, errors));
        }
        RoundRobinPool pool = pool(userIds, teamIds, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new LeadSettings(phoneRegion, createAs, slaMinutes, hours, rules, pool, version);
    }

    private WorkingHours hours(List<FieldError> errors) {
        int before = errors.size();
        try {
            ZoneId.of(workingHours.timeZone());
        } catch (DateTimeException e) {
            errors.add(new FieldError("workingHours.timeZone", "must be an IANA time zone such as Europe/Moscow"));
        }
        LocalTime opens = LocalTimes.parse("workingHours.opens", workingHours.opens(), errors);
        LocalTime closes = LocalTimes.parse("workingHours.closes", workingHours.closes(), errors);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            errors.add(new FieldError("workingHours.closes", "must be after opens (hours within one day)"));
        }
        if (new HashSet<>(workingHours.days()).size() != workingHours.days().size()) {
            errors.add(new FieldError("workingHours.days", "lists a day twice"));
        }
        return errors.size() > before ? null
                : new WorkingHours(workingHours.timeZone(), opens, closes, EnumSet.copyOf(workingHours.days()));
    }

    private static TerritoryRule rule(String field, TerritoryRuleInput rule, Set<String> userIds, Set<String> teamIds,
                                      List<FieldError> errors) {
        String country = blankToNull(rule.country());
        String region = blankToNull(rule.region());
        String city = blankToNull(rule.city());
        String userId = blankToNull(rule.userId());
        String teamId = blankToNull(rule.teamId());
        if (country == null && region == null && city == null) {
            errors.add(new FieldError(field, "needs a country, a region or a city"));
        }
        if ((userId == null) == (teamId == null)) {
            errors.add(new FieldError(field, "assigns to exactly one of userId or teamId"));
        }
        known(field + ".userId", userId, userIds, "user", errors);
        known(field + ".teamId", teamId, teamIds, "team", errors);
        return new TerritoryRule(country, region, city, userId, teamId);
    }

    private RoundRobinPool pool(Set<String> userIds, Set<String> teamIds, List<FieldError> errors) {
        if (roundRobin == null) {
            return RoundRobinPool.ALL_REPS;
        }
        List<String> members = roundRobin.userIds() == null ? List.of()
                : roundRobin.userIds().stream().map(String::strip).distinct().toList();
        String teamId = blankToNull(roundRobin.teamId());
        if (!members.isEmpty() && teamId != null) {
            errors.add(new FieldError("roundRobin", "give userIds or teamId, not both"));
        }
        for (int i = 0; i < members.size(); i++) {
            known("roundRobin.userIds[" + i + "]", members.get(i), userIds, "user", errors);
        }
        known("roundRobin.teamId", teamId, teamIds, "team", errors);
        return new RoundRobinPool(members, teamId);
    }

    private static void known(String field, String id, Set<String> known, String what, List<FieldError> errors) {
        if (id != null && !known.contains(id)) {
            errors.add(new FieldError(field, "no " + what + " '" + id + "' in this tenant"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
