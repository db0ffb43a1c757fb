package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.deals.DealField;
import dev.fieldcrm.core.hygiene.review.ReviewSchedule;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.LocalTimes;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.users.User;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The hygiene settings as an admin sends them (the whole settings). Rules are named by id ("S1-01").
 *
 * @param disabledRules rule ids the tenant switches off: they record no new offences, and a deal's existing ones are
 *                      withdrawn the next time it is evaluated (any change, its time boundary, or {@code hygiene-backfill})
 */
public record HygieneSettingsInput(
        @NotNull @Size(max = 50) List<@NotNull @Size(max = 10) String> disabledRules,
        @NotBlank @Size(max = 100) String acceptedStageId,
        @NotBlank @Size(max = 100) String proposalStageId,
        @NotBlank @Size(max = 100) String demoStageId,
        @NotNull @Min(1) @Max(365) Integer acceptedMaxDays,
        @NotNull @Min(1) @Max(365) Integer staleDays,
        @NotNull @Size(max = 20) List<@NotNull DealField> requiredAtProposal,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> placeholderNames,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> partnerNameMarkers,
        @Size(max = 100) String agencySegment,
        @NotNull @Size(max = 200) List<@NotBlank @Size(max = 100) String> partnerManagerIds,
        @NotNull @Valid ReviewInput review) {

    /** @param at local {@code HH:mm} */
    public record ReviewInput(
            @NotNull @Min(ReviewSchedule.WEEK) @Max(ReviewSchedule.MAX_EVERY_DAYS) Integer everyDays,
            @NotNull DayOfWeek weekday,
            @NotNull @Size(max = 5) String at,
            @NotNull @Size(max = 64) String timeZone,
            @NotNull @Min(1) @Max(ReviewSchedule.MAX_DEADLINE_DAYS) Integer rowDeadlineDays) {
    }

    /** The stored form, or every field error at once (422); {@code users} is the tenant's directory. */
    HygieneSettings toSettings(List<User> users, long version) {
        List<FieldError> errors = new ArrayList<>();
        Set<HygieneRule> disabled = EnumSet.noneOf(HygieneRule.class);
        for (String id : disabledRules) {
            HygieneRule.byId(id).ifPresentOrElse(disabled::add,
                    () -> errors.add(new FieldError("disabledRules", id + " is not a hygiene rule")));
        }
        for (int i = 0; i < placeholderNames.size(); i++) {
            try {
                Pattern.compile(placeholderNames.get(i));
            } catch (PatternSyntaxException e) {
                errors.add(new FieldError("placeholderNames[" + i + "]", "is not a regular expression"));
            }
        }
        Set<String> userIds = new HashSet<>();
        users.forEach(u -> userIds.add(u.id()));
        for (String id : partnerManagerIds) {
            if (!userIds.contains(id)) {
                errors.add(new FieldError("partnerManagerIds", id + " is not a user of the tenant"));
            }
        }
        ReviewSchedule schedule = schedule(errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        var parameters = new HygieneParameters(disabled, acceptedStageId, proposalStageId, demoStageId, acceptedMaxDays,
                staleDays, Set.copyOf(requiredAtProposal), placeholderNames, partnerNameMarkers, agencySegment,
                Set.copyOf(partnerManagerIds));
        return new HygieneSettings(parameters, schedule, version);
    }

    private ReviewSchedule schedule(List<FieldError> errors) {
        int before = errors.size();
        if (review.everyDays() % ReviewSchedule.WEEK != 0) {
            errors.add(new FieldError("review.everyDays", "must be whole weeks (7, 14, 21, …), so rounds keep their weekday"));
        }
        try {
            ZoneId.of(review.timeZone());
        } catch (DateTimeException e) {
            errors.add(new FieldError("review.timeZone", "must be an IANA time zone such as Europe/Moscow"));
        }
        LocalTime at = LocalTimes.parse("review.at", review.at(), errors);
        return errors.size() > before ? null
                : new ReviewSchedule(review.everyDays(), review.weekday(), at, review.timeZone(), review.rowDeadlineDays());
    }
}
