package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.normalize.SearchText;

/**
 * One line of the tenant's territory table: a lead from this place goes to this rep, or round-robin within this
 * team. A place part left null matches anything; given parts match after {@link SearchText#fold} (case, ё/е,
 * punctuation and spaces do not matter: "Санкт-Петербург" is "санкт петербург"). Exactly one of userId/teamId.
 */
public record TerritoryRule(String country, String region, String city, String userId, String teamId) {

    /** Whether the lead's place falls in this territory. */
    public boolean matches(LeadFields fields) {
        return part(country, fields.country()) && part(region, fields.region()) && part(city, fields.city());
    }

    private static boolean part(String rule, String value) {
        if (rule == null || rule.isBlank()) {
            return true;
        }
        return SearchText.fold(rule).equals(SearchText.fold(value));
    }
}
