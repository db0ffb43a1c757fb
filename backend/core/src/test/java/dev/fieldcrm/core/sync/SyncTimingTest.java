package dev.fieldcrm.core.sync;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.dynamo.SyncServices;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.testing.LocalTable;
import dev.fieldcrm.core.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When feed entries become visible and where late ones are placed, with a clock the test moves (the feed on a fresh
 * DynamoDB Local table; the listener is handed the changes the stream would carry).
 */
class SyncTimingTest {
    private static final Caller REP = new Caller("acme", "rep1", Set.of(Role.REP), "east", ZoneId.of("UTC"));
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00.250Z");

    private final TestClock clock = new TestClock(T0);
    private SyncServices sync;

    @BeforeEach
    void freshTable() {
        sync = SyncServices.onDynamo(LocalTable.client(), LocalTable.fresh(), clock, SyncService.DEFAULT_SETTLE);
    }

    private static Client client(Instant updatedAt, long version) {
        ClientDetails details = new ClientDetails("Ёлка", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        return new Client("c-" + version, "rep1", "east", details, false, null, List.of(), T0, "rep1", updatedAt, "rep1", version);
    }

    private static String feedCursorAt(Instant at) {
        return new SyncCursor.Feed(FeedPosition.at(at)).encode();
    }

    @Test
    void aChange_isServedOnlyOnceOlderThanTheSettleWindow_andTheCursorNeverPassesTheSettleLine() {
        String cursor = feedCursorAt(T0.minusSeconds(60));
        sync.changes().on(new Change("acme", "e1", null, client(T0, 1)));

        SyncPage early = sync.service().sync(REP, cursor, null);
        assertThat(early.changes()).isEmpty();
        assertThat(SyncCursor.parse(early.cursor())).isEqualTo(new SyncCursor.Feed(FeedPosition.at(T0.minus(SyncService.DEFAULT_SETTLE))));

        clock.advance(SyncService.DEFAULT_SETTLE.plusMillis(1));
        SyncPage settled = sync.service().sync(REP, early.cursor(), null);

        assertThat(settled.changes()).extracting(SyncChange::version).containsExactly(1L);
        assertThat(settled.hasMore()).isFalse();
    }

    @Test
    void aRecordReachingTheWorkerLate_isPlacedAtTheWorkersTime_soACursorAlreadyPastItsChangeStillGetsIt() {
        clock.advance(Duration.ofMinutes(5));
        String cursorPastTheChange = feedCursorAt(T0.plusSeconds(60));

        sync.changes().on(new Change("acme", "late", null, client(T0, 1)));
        clock.advance(SyncService.DEFAULT_SETTLE.plusSeconds(1));

        assertThat(sync.service().sync(REP, cursorPastTheChange, null).changes()).singleElement().satisfies(c -> {
            assertThat(c.at()).isEqualTo(T0);
            assertThat(c.version()).isEqualTo(1L);
        });
    }

    @Test
    void aCursorOlderThanTheFeedKeepsEntries_isExpired() {
        String old = feedCursorAt(T0.minus(Duration.ofDays(SyncService.FEED_DAYS)).minusSeconds(1));

        assertThatThrownBy(() -> sync.service().sync(REP, old, null)).isInstanceOf(SyncCursorExpired.class);
    }

    @Test
    void aQuietUsersCursor_movesWithTheSettleLine_andSoNeverExpires() {
        String cursor = feedCursorAt(T0.minusSeconds(60));
        // Three 20-day gaps: 60 days in all, twice what a cursor may be old, yet each call moved it forward.
        for (int gap = 0; gap < 3; gap++) {
            clock.advance(Duration.ofDays(20));
            cursor = sync.service().sync(REP, cursor, null).cursor();
        }

        assertThat(sync.service().sync(REP, cursor, null).changes()).isEmpty();
    }

    @Test
    void aChangedCursor_isRefused() {
        assertThatThrownBy(() -> sync.service().sync(REP, "RnwyMDI2LTEyLTA2VDEwOjAw", null)).isInstanceOf(InvalidSyncCursor.class);
        assertThatThrownBy(() -> sync.service().sync(REP, "%%%", null)).isInstanceOf(InvalidSyncCursor.class);
        assertThatThrownBy(() -> sync.service().sync(REP, new SyncCursor.Snapshot(SnapshotPhase.CLIENTS, "bm90LWEtY3Vyc29y",
                FeedPosition.at(T0)).encode(), null)).isInstanceOf(InvalidSyncCursor.class);
    }
}
