package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.deals.DealField;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A tenant's settings of the hygiene rules (seed 002 gives the defaults).
 *
 * @param disabled             rules the tenant switched off
 * @param acceptedStageId      the "accepted in work" stage (rule S2-02), in any pipeline that has it
 * @param proposalStageId      the "proposal sent" stage (rules S1-03, S1-04, S1-10)
 * @param demoStageId          the "demo done" stage (rules S1-09, S1-13)
 * @param acceptedMaxDays      how long a deal may sit in "accepted" (S2-02: more than this offends)
 * @param staleDays            how long a deal may go without a stage move (S2-04: more than this offends)
 * @param requiredAtProposal   fields a deal at "proposal sent" or later must have (S1-04)
 * @param placeholderNames     regular expressions of names that are placeholders, matched case-insensitively
 *                             against the whole trimmed name (S1-05)
 * @param partnerNameMarkers   words in an organisation's name saying it came from a partner (S1-06)
 * @param agencySegment        the client segment that flags an organisation as an agency (S1-12, S1-13)
 * @param partnerManagerIds    the users who are partner managers (S1-13)
 */
public record HygieneParameters(
        Set<HygieneRule> disabled,
        String acceptedStageId,
        String proposalStageId,
        String demoStageId,
        int acceptedMaxDays,
        int staleDays,
        Set<DealField> requiredAtProposal,
        List<String> placeholderNames,
        List<String> partnerNameMarkers,
        String agencySegment,
        Set<String> partnerManagerIds) {

    public HygieneParameters {
        disabled = disabled == null || disabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabled));
        requiredAtProposal = requiredAtProposal == null ? Set.of() : Set.copyOf(requiredAtProposal);
        placeholderNames = placeholderNames == null ? List.of() : List.copyOf(placeholderNames);
        partnerNameMarkers = partnerNameMarkers == null ? List.of() : List.copyOf(partnerNameMarkers);
        partnerManagerIds = partnerManagerIds == null ? Set.of() : Set.copyOf(partnerManagerIds);
    }

    /** Seed 002's rules as written there: 7 days in "accepted", 2 weeks without progress, budget at the proposal. */
    public static HygieneParameters defaults() {
        return new HygieneParameters(Set.of(), "accepted", "proposal-sent", "demo-done", 7, 14,
                Set.of(DealField.BUDGET),
                List.of("(test|тест)\\s*\\d*", "(new|новая)\\s+(deal|сделка)", "(сделка|deal|клиент|client|контакт|contact|организация|company)\\s*\\d*",
                        "[^\\p{L}]*", "(.)\\1*", "(asdf|qwerty|йцукен|фыва)\\w*"),
                List.of("от партнера", "от партнёра", "from partner", "via partner"),
                "agency", Set.of());
    }

    public boolean enabled(HygieneRule rule) {
        return !disabled.contains(rule);
    }
}
