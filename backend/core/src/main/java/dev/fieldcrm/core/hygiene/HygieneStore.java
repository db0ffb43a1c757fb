package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.util.List;

/** Reads of offences, summaries and tallies; each method is one DynamoDB call per page (see docs/data-model.md). */
public interface HygieneStore {
    /** The deal's summary, {@link DealHygiene#none} when never evaluated. */
    DealHygiene summary(String tenantId, String dealId);

    /** Offenders of one rule, of one owner when {@code ownerId} is given. */
    Page<Offence> byRule(String tenantId, String ruleId, String ownerId, PageRequest page);

    /** One owner's offences, narrowed by a rule-id prefix ("S1-", "S1-08") when given. */
    Page<Offence> byOwner(String tenantId, String ownerId, String rulePrefix, PageRequest page);

    /** One team's offences, narrowed by a rule-id prefix when given. */
    Page<Offence> byTeam(String tenantId, String teamId, String rulePrefix, PageRequest page);

    /** The tallies of a team (or of the whole tenant when {@code teamId} is null), following pages. */
    List<OffenceTally> tallies(String tenantId, String teamId);
}
