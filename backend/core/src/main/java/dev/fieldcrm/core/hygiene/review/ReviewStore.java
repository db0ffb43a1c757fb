package dev.fieldcrm.core.hygiene.review;

import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads of review rounds, and the one bulk write of a new round's rows (see docs/data-model.md, "Review rounds"). */
public interface ReviewStore {
    /** GetItem of the round's header (consistent). */
    Optional<ReviewRound> round(String tenantId, String roundId);

    /** The newest rounds first, one Query. */
    List<ReviewRound> latest(String tenantId, int limit);

    /** GetItem of one row (consistent: a change is made on what it reads). */
    Optional<ReviewRow> row(String tenantId, String roundId, String ruleId, String dealId);

    /** A round's rows: all (ownerId and teamId null), one owner's, or one team's; one Query per page. */
    Page<ReviewRow> rows(String tenantId, String roundId, String ownerId, String teamId, PageRequest page);

    /** The rows of any round still watching a (rule, deal) pair, i.e. not fixed and not closed; one Query. */
    List<ReviewRow> watching(String tenantId, String ruleId, String dealId);

    /** The reps' numbers of a round, following pages. */
    List<ReviewTally> tallies(String tenantId, String roundId);

    /** One rep's numbers, newest round first; one Query. */
    List<ReviewTally> history(String tenantId, String ownerId, int limit);

    /**
     * Writes a new round's rows and tallies (BatchWriteItem, 25 a call). Unconditional: they are written before the
     * round's header exists, so nobody has changed them yet.
     */
    void writeSnapshot(String tenantId, Collection<ReviewRow> rows, Collection<ReviewTally> tallies);
}
