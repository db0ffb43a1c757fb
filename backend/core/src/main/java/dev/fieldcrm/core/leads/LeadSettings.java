package dev.fieldcrm.core.leads;

import java.util.List;

/**
 * How a tenant takes in leads. Read as {@link #defaults()} (version 0) until an admin stores its own, like the
 * sales settings, so the first store is {@code If-Match: "0"}.
 *
 * @param phoneRegion    region for phone numbers written without a country code (ISO 3166 alpha-2, e.g. RU)
 * @param createAs       what an unmatched inbound request becomes: a lead in the inbox, or a client + contact + deal
 * @param slaMinutes     working minutes until the first contact is due ({@link LeadSla#contactDeadline})
 * @param workingHours   the hours the SLA counts in
 * @param territoryRules ordered; the first rule matching the lead's place (and having someone active) assigns it
 * @param roundRobin     who gets the leads no rule assigned
 */
public record LeadSettings(String phoneRegion, CreateAs createAs, int slaMinutes, WorkingHours workingHours,
                           List<TerritoryRule> territoryRules, RoundRobinPool roundRobin, long version) {
    public static final String DEFAULT_PHONE_REGION = "RU";
    public static final int DEFAULT_SLA_MINUTES = 15;

    /** What an inbound request that matched no client becomes. */
    public enum CreateAs {
        /** a lead in the leads inbox, converted by a person later */
        LEAD,
        /** at once a client with a contact and a deal at the pipeline's first stage */
        CLIENT
    }

    public LeadSettings {
        phoneRegion = phoneRegion == null ? DEFAULT_PHONE_REGION : phoneRegion;
        createAs = createAs == null ? CreateAs.LEAD : createAs;
        workingHours = workingHours == null ? WorkingHours.defaults() : workingHours;
        territoryRules = territoryRules == null ? List.of() : List.copyOf(territoryRules);
        roundRobin = roundRobin == null ? RoundRobinPool.ALL_REPS : roundRobin;
    }

    /** RU phones, leads (not clients), 15 working minutes, Mon–Fri 09:00–18:00 Moscow time, no rules, all active reps. */
    public static LeadSettings defaults() {
        return new LeadSettings(DEFAULT_PHONE_REGION, CreateAs.LEAD, DEFAULT_SLA_MINUTES, WorkingHours.defaults(),
                List.of(), RoundRobinPool.ALL_REPS, 0);
    }
}
