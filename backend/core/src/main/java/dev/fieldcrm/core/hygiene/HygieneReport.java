package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.users.TeamScope;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Offenders and their counts as a caller may see them: a rep their own, a manager their team, an admin anyone.
 * Each offenders page is one Query (plus one GetItem of the user directory when another rep is named).
 */
public final class HygieneReport {
    private final HygieneStore store;
    private final TeamScope team;
    private final HygieneEvaluator.ParameterSource parameters;

    public HygieneReport(HygieneStore store, TeamScope team, HygieneEvaluator.ParameterSource parameters) {
        this.store = store;
        this.team = team;
        this.parameters = parameters;
    }

    /** A rule as the rules list shows it. */
    public record RuleView(String id, int severity, String descriptionRu, String descriptionEn, boolean enabled) {
    }

    /** Offences per rule, in total and per owner. */
    public record Counts(Map<String, Long> perRule, Map<String, Map<String, Long>> perOwner) {
    }

    public List<RuleView> rules(Caller caller) {
        HygieneParameters params = parameters.of(caller.tenantId());
        return java.util.Arrays.stream(HygieneRule.values())
                .map(r -> new RuleView(r.id(), r.severity(), r.description(Locale.forLanguageTag("ru")),
                        r.description(Locale.ENGLISH), params.enabled(r)))
                .toList();
    }

    /**
     * @param ruleId   one rule ("S1-08"), or null
     * @param ownerId  one rep (a rep: only self), or null
     * @param severity 1 or 2, or null (ignored when a rule is named)
     * @param teamId   one team (a manager: only own), or null
     */
    public Page<Offence> offenders(Caller caller, String ruleId, String ownerId, Integer severity, String teamId,
                                   PageRequest page) {
        if (ruleId != null && HygieneRule.byId(ruleId).isEmpty()) {
            throw ValidationFailed.of("rule", "is not a hygiene rule");
        }
        if (severity != null && severity != 1 && severity != 2) {
            throw ValidationFailed.of("severity", "must be 1 or 2");
        }
        String prefix = ruleId != null ? ruleId + "#" : severity != null ? "S" + severity + "-" : null;
        String tenant = caller.tenantId();
        boolean ownList = ownerId == null && teamId == null && (!caller.supervises() || caller.teamId() == null && ruleId == null);
        if (ownerId != null || ownList) {
            String owner = ownerId == null ? caller.userId() : ownerId;
            if (!owner.equals(caller.userId())) {
                team.require(caller, owner);
            }
            return ruleId != null ? store.byRule(tenant, ruleId, owner, page) : store.byOwner(tenant, owner, prefix, page);
        }
        if (teamId == null && caller.teamId() == null) {
            // An admin without a team, one rule named: the rule's offenders tenant-wide.
            return store.byRule(tenant, ruleId, null, page);
        }
        String teamOf = teamId == null ? caller.teamId() : teamId;
        requireTeam(caller, teamOf);
        return store.byTeam(tenant, teamOf, prefix, page);
    }

    /** The counts of a team (a manager: own; an admin: any, or the tenant when none is named), a rep's own. */
    public Counts counts(Caller caller, String teamId) {
        List<OffenceTally> tallies;
        if (!caller.supervises()) {
            tallies = store.tallies(caller.tenantId(), caller.teamId() == null ? OffendingDeal.NO_TEAM : caller.teamId())
                    .stream().filter(t -> t.key().ownerId().equals(caller.userId())).toList();
        } else {
            String teamOf = teamId == null && !caller.is(Role.ADMIN) ? caller.teamId() : teamId;
            if (teamOf != null) {
                requireTeam(caller, teamOf);
            } else if (!caller.is(Role.ADMIN)) {
                throw new Forbidden("a manager without a team sees only own counts");
            }
            tallies = store.tallies(caller.tenantId(), teamOf);
        }
        Map<String, Long> perRule = new TreeMap<>();
        Map<String, Map<String, Long>> perOwner = new TreeMap<>();
        for (OffenceTally tally : tallies) {
            for (HygieneRule rule : HygieneRule.values()) {
                long n = tally.count(rule.id());
                if (n != 0) {
                    perRule.merge(rule.id(), n, Long::sum);
                    perOwner.computeIfAbsent(tally.key().ownerId(), k -> new TreeMap<>()).merge(rule.id(), n, Long::sum);
                }
            }
        }
        return new Counts(perRule, perOwner);
    }

    private static void requireTeam(Caller caller, String teamId) {
        if (!caller.is(Role.ADMIN) && !Objects.equals(teamId, caller.teamId())) {
            throw new Forbidden("a manager sees only own team's offenders");
        }
    }
}
