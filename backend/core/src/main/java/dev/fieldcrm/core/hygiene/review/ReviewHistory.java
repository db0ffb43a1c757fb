package dev.fieldcrm.core.hygiene.review;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.TeamScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rounds and who appeared in them, as a caller may see them: a rep their own numbers, a manager their team's, an
 * admin everyone's. Also what an export of a round holds.
 */
public final class ReviewHistory {
    /** How many rounds back the export's history sheet goes. */
    public static final int EXPORT_ROUNDS = 6;
    public static final int MAX_ROUNDS = 52;
    private static final int ROWS_PAGE = 200;

    private final ReviewStore store;
    private final TeamScope team;

    public ReviewHistory(ReviewStore store, TeamScope team) {
        this.store = store;
        this.team = team;
    }

    /** A round with its reps' numbers: GetItem header + Query tallies. */
    public record RoundView(ReviewRound round, List<ReviewTally> reps) {
    }

    /** What an export of a round shows: its rows and, for its reps, their numbers in the latest rounds. */
    public record Export(ReviewRound round, List<ReviewRow> rows, List<ReviewTally> history) {
    }

    /** The newest rounds (headers), one Query; managers and admins. */
    public List<ReviewRound> rounds(Caller caller, int limit) {
        requireSupervisor(caller);
        return store.latest(caller.tenantId(), Math.min(Math.max(limit, 1), MAX_ROUNDS));
    }

    public RoundView round(Caller caller, String roundId) {
        ReviewRound round = header(caller, roundId);
        return new RoundView(round, visible(caller, store.tallies(caller.tenantId(), roundId)));
    }

    /** One rep's numbers, round by round (newest first): the rep, their manager or an admin. One Query (+ GetItem user). */
    public List<ReviewTally> ofRep(Caller caller, String ownerId, int limit) {
        String owner = ownerId == null ? caller.userId() : ownerId;
        if (!owner.equals(caller.userId())) {
            team.require(caller, owner);
        }
        return store.history(caller.tenantId(), owner, Math.min(Math.max(limit, 1), MAX_ROUNDS));
    }

    /**
     * A round's export for a manager (own team) or admin (all): GetItem header, the rows page by page (Query), the
     * latest {@value #EXPORT_ROUNDS} rounds (Query) and their tallies (one Query each).
     */
    public Export export(Caller caller, String roundId) {
        requireSupervisor(caller);
        ReviewRound round = header(caller, roundId);
        String teamId = caller.is(Role.ADMIN) ? null : caller.teamId();
        List<ReviewRow> rows = new ArrayList<>();
        String cursor = null;
        do {
            var page = store.rows(caller.tenantId(), roundId, null, teamId, new dev.fieldcrm.core.shared.PageRequest(ROWS_PAGE, cursor));
            rows.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        List<ReviewTally> history = new ArrayList<>();
        for (ReviewRound earlier : store.latest(caller.tenantId(), EXPORT_ROUNDS)) {
            history.addAll(visible(caller, store.tallies(caller.tenantId(), earlier.id())));
        }
        return new Export(round, rows, history);
    }

    private ReviewRound header(Caller caller, String roundId) {
        return store.round(caller.tenantId(), roundId).orElseThrow(() -> new NotFound("review round " + roundId));
    }

    private static List<ReviewTally> visible(Caller caller, List<ReviewTally> tallies) {
        if (caller.is(Role.ADMIN)) {
            return tallies;
        }
        if (caller.supervises()) {
            return tallies.stream().filter(t -> Objects.equals(t.teamId(), caller.teamId())).toList();
        }
        return tallies.stream().filter(t -> t.ownerId().equals(caller.userId())).toList();
    }

    private static void requireSupervisor(Caller caller) {
        if (!caller.supervises()) {
            throw new Forbidden("only managers and admins see review rounds");
        }
        if (!caller.is(Role.ADMIN) && caller.teamId() == null) {
            throw new Forbidden("a manager without a team has no review rounds to see");
        }
    }
}
