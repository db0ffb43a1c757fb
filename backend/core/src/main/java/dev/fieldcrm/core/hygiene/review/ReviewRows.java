package dev.fieldcrm.core.hygiene.review;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The row workflow of a review round: the owner marks a row FIXED or NOT_FIXED (with a comment), a manager of the
 * owner's team (or an admin) accepts or rejects a NOT_FIXED row's comment, and a row moves to FIXED by itself when its
 * rule stops matching the deal. Every change is one transaction: the row on its version and the owner's tally.
 */
public final class ReviewRows {
    public static final int MAX_COMMENT = 2000;
    private static final String SYSTEM = "system";

    private final ReviewStore store;
    private final ChangeWriter writer;
    private final Clock clock;

    public ReviewRows(ReviewStore store, ChangeWriter writer, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.clock = clock;
    }

    /** A row as a list shows it. */
    public record RowView(ReviewRow row, boolean open, boolean overdue) {
    }

    /**
     * A round's rows as the caller may see them: a rep their own, a manager their team's, an admin all (or one
     * owner's); {@code openOnly} leaves out fixed and accepted rows. One Query per page.
     */
    public Page<RowView> rows(Caller caller, String roundId, String ownerId, boolean openOnly, PageRequest page) {
        Page<ReviewRow> found;
        if (!caller.supervises()) {
            if (ownerId != null && !ownerId.equals(caller.userId())) {
                throw new Forbidden("a rep sees only own review rows");
            }
            found = store.rows(caller.tenantId(), roundId, caller.userId(), null, page);
        } else if (caller.is(Role.ADMIN)) {
            found = store.rows(caller.tenantId(), roundId, ownerId, null, page);
        } else if (caller.teamId() == null) {
            throw new Forbidden("a manager without a team has no review rows to see");
        } else {
            found = store.rows(caller.tenantId(), roundId, null, caller.teamId(), page);
        }
        Instant now = clock.instant();
        List<RowView> views = found.items().stream()
                .filter(r -> ownerId == null || r.ownerId().equals(ownerId))
                .filter(r -> !openOnly || r.open())
                .map(r -> new RowView(r, r.open(), r.overdue(now))).toList();
        return new Page<>(views, found.nextCursor());
    }

    /** The owner marks a row: GetItem row + TransactWriteItems (row on its version, tally). */
    public ReviewRow mark(Caller caller, String roundId, String ruleId, String dealId, long expectedVersion,
                         RowStatus status, String comment) {
        if (status == null || status == RowStatus.NOT_PROCESSED) {
            throw ValidationFailed.of("status", "must be FIXED or NOT_FIXED");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (status == RowStatus.NOT_FIXED && text == null) {
            throw ValidationFailed.of("comment", "is required when the row is not fixed");
        }
        if (text != null && text.length() > MAX_COMMENT) {
            throw ValidationFailed.of("comment", "must be at most " + MAX_COMMENT + " characters");
        }
        ReviewRow row = find(caller, roundId, ruleId, dealId);
        if (!row.ownerId().equals(caller.userId())) {
            throw new Forbidden("only the deal's owner marks a review row");
        }
        if (!row.open()) {
            throw ValidationFailed.of("status", "the row is closed (" + (row.status() == RowStatus.FIXED ? "fixed" : "comment accepted") + ")");
        }
        requireVersion(row, expectedVersion);
        ReviewRow updated = row.marked(status, text, false, clock.instant());
        store(caller.tenantId(), row, updated, new ChangeSet().count(ReviewTally.Key.of(row), ReviewTally.moved(row.status(), status)));
        return updated;
    }

    /** A manager decides on a NOT_FIXED row: GetItem row + TransactWriteItems (row on its version, tally). */
    public ReviewRow decide(Caller caller, String roundId, String ruleId, String dealId, long expectedVersion,
                            Decision decision) {
        if (decision == null) {
            throw ValidationFailed.of("decision", "must be ACCEPT or REJECT");
        }
        if (!caller.supervises()) {
            throw new Forbidden("only managers and admins decide on review rows");
        }
        ReviewRow row = find(caller, roundId, ruleId, dealId);
        if (!caller.is(Role.ADMIN) && !Objects.equals(row.teamId(), caller.teamId())) {
            throw new Forbidden("a manager decides only on own team's rows");
        }
        if (row.status() != RowStatus.NOT_FIXED || row.decision() != null) {
            throw ValidationFailed.of("decision", "only a NOT_FIXED row without a decision can be decided");
        }
        requireVersion(row, expectedVersion);
        ReviewRow updated = row.decided(decision, caller.userId(), clock.instant());
        String counter = decision == Decision.ACCEPT ? ReviewTally.ACCEPTED : ReviewTally.WARNINGS;
        store(caller.tenantId(), row, updated, new ChangeSet().count(ReviewTally.Key.of(row), ReviewTally.one(counter)));
        return updated;
    }

    /**
     * The rule no longer matches the deal: every row still watching the pair becomes FIXED. Query GSI2 + per row a
     * TransactWriteItems; a row changed meanwhile is read again once (GetItem) and left if it closed.
     */
    public void ruleCleared(String tenantId, String ruleId, String dealId) {
        eachWatching(tenantId, ruleId, dealId, row -> true, row -> fixAutomatically(tenantId, row));
    }

    /**
     * The deal changed hands: every open row of it (of the given rules: the ones it may still be watched for) moves to
     * the new owner and team, so they see and fix it; its tally stays the hit rep's ({@link ReviewRow#hitOwnerId}).
     * Per rule a Query of GSI2, per row still naming someone else a TransactWriteItems (the row on its version); a row
     * changed meanwhile is read again once. Idempotent: a row already naming the new owner is left alone.
     */
    public void ownerChanged(String tenantId, String dealId, Collection<String> ruleIds, String ownerId, String teamId) {
        Instant now = clock.instant();
        for (String ruleId : ruleIds) {
            eachWatching(tenantId, ruleId, dealId, row -> row.ownedOtherThan(ownerId, teamId),
                    row -> writer.apply(tenantId, new ChangeSet().replace(row.handedOver(ownerId, teamId, now), row.version())));
        }
    }

    /** Changes each open row of a (rule, deal) pair that needs it; a row changed meanwhile is read again once. */
    private void eachWatching(String tenantId, String ruleId, String dealId, Predicate<ReviewRow> needs,
                              Consumer<ReviewRow> change) {
        for (ReviewRow row : store.watching(tenantId, ruleId, dealId)) {
            if (!needs.test(row)) {
                continue;
            }
            try {
                change.accept(row);
            } catch (VersionConflict concurrent) {
                store.row(tenantId, row.roundId(), ruleId, dealId).filter(ReviewRow::open).filter(needs)
                        .ifPresent(change);
            }
        }
    }

    private void fixAutomatically(String tenantId, ReviewRow row) {
        ReviewRow updated = row.marked(RowStatus.FIXED, row.comment(), true, clock.instant());
        store(tenantId, row, updated, new ChangeSet().count(ReviewTally.Key.of(row), ReviewTally.moved(row.status(), RowStatus.FIXED)));
    }

    private ReviewRow find(Caller caller, String roundId, String ruleId, String dealId) {
        return store.row(caller.tenantId(), roundId, ruleId, dealId)
                .orElseThrow(() -> new NotFound("review row " + ruleId + "/" + dealId + " of round " + roundId));
    }

    private static void requireVersion(ReviewRow row, long expectedVersion) {
        if (row.version() != expectedVersion) {
            throw new VersionConflict("review row", row.version());
        }
    }

    private void store(String tenantId, ReviewRow before, ReviewRow updated, ChangeSet counts) {
        writer.apply(tenantId, new ChangeSet().replace(updated, before.version()).addAll(counts));
    }
}
