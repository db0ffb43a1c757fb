package dev.fieldcrm.core.hygiene;

import java.util.EnumSet;
import java.util.Set;

/** Evaluates a tenant's enabled hygiene rules for one deal. */
public final class HygieneCheck {
    private HygieneCheck() {
    }

    /** The enabled rules the deal offends (empty: the deal is clean). */
    public static Set<HygieneRule> offences(DealFacts facts, HygieneParameters parameters) {
        Set<HygieneRule> found = EnumSet.noneOf(HygieneRule.class);
        for (HygieneRule rule : HygieneRule.values()) {
            if (parameters.enabled(rule) && rule.offends(facts, parameters)) {
                found.add(rule);
            }
        }
        return found;
    }
}
