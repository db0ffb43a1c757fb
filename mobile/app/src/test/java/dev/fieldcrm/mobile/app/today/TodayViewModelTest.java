package dev.fieldcrm.mobile.app.today;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.app.device.FixedLocation;
import dev.fieldcrm.mobile.app.device.Position;
import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.support.LocalDay;
import dev.fieldcrm.mobile.app.support.MutableClock;
import dev.fieldcrm.mobile.app.sync.RepData;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.store.LocalRecord;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodayViewModelTest {
    private static final Position OFFICE = new Position(55.7539, 37.6208, 20);

    @TempDir
    Path dir;
    private RepData data;
    private final List<String> opened = new ArrayList<>();
    private TodayViewModel today;

    @BeforeEach
    void aDayWithThreeVisits() {
        data = LocalDay.open(dir, new MutableClock(Instant.parse("2026-12-07T06:00:00Z")));
        // Due order: far, near, middle. Route order from the office must be near, middle, far.
        LocalDay.client(data, "FAR", "Far Ltd", 55.8500, 37.6208);
        LocalDay.client(data, "NEAR", "Near Ltd", 55.7600, 37.6208);
        LocalDay.client(data, "MID", "Mid Ltd", 55.8000, 37.6208);
        LocalDay.task(data, "T-FAR", "FAR", "VISIT", "2026-12-06T07:00:00Z");
        LocalDay.task(data, "T-NEAR", "NEAR", "VISIT", "2026-12-07T07:00:00Z");
        LocalDay.task(data, "T-MID", "MID", "VISIT", "2026-12-07T09:00:00Z");
        LocalDay.task(data, "T-TOMORROW", "MID", "CALL", "2026-12-08T09:00:00Z");
        today = new TodayViewModel(data, new FixedLocation(OFFICE), opened::add, Background.immediate(),
                new Texts(Texts.ENGLISH));
        today.load();
    }

    @Test
    void listsOverdueThenToday_inDueOrder_withoutTomorrow() {
        assertThat(today.rows()).extracting(row -> row.entry().taskId()).containsExactly("T-FAR", "T-NEAR", "T-MID");
        assertThat(today.rows()).extracting(TodayRow::onRoute).containsOnly(false);
    }

    @Test
    void planMyRoute_ordersTheStopsByDistanceFromWhereTheRepStands() {
        today.planRoute();

        assertThat(today.rows()).extracting(row -> row.entry().taskId(), TodayRow::stop)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T-NEAR", 1),
                        org.assertj.core.groups.Tuple.tuple("T-MID", 2), org.assertj.core.groups.Tuple.tuple("T-FAR", 3));
        assertThat(today.routeMessageProperty().get()).startsWith("Route planned from your position: 3 stops, 10.");
    }

    @Test
    void theRouteOrderSurvivesAReload() {
        today.planRoute();
        today.load();
        assertThat(today.rows()).extracting(row -> row.entry().taskId()).containsExactly("T-NEAR", "T-MID", "T-FAR");
    }

    @Test
    void withoutAPosition_thereIsNoRoute_andTheRepIsTold() {
        TodayViewModel noGps = new TodayViewModel(data, Optional::empty, opened::add, Background.immediate(),
                new Texts(Texts.ENGLISH));
        noGps.load();
        noGps.planRoute();
        assertThat(noGps.routeMessageProperty().get()).isEqualTo("Position not available");
        assertThat(noGps.rows()).extracting(TodayRow::onRoute).containsOnly(false);
    }

    @Test
    void callAndNavigate_handTheClientsPhoneAndCoordinatesToThePhone() {
        var near = today.rows().get(1).entry();
        today.call(near);
        today.navigate(near);
        assertThat(opened).containsExactly("tel:+74951234567",
                "https://www.google.com/maps/dir/?api=1&destination=55.76%2C37.6208");
    }

    @Test
    void anOpenLeadToContact_isARowInDueOrder_offTheRoute_andOneTapCallsIt() {
        var lead = Json.mapper().createObjectNode().put("id", "L-1").put("status", "OPEN").put("phone", "+7 916 123-45-67")
                .put("contactBy", "2026-12-07T08:00:00Z").put("version", 1);
        lead.putObject("fields").put("name", "Olga").put("company", "Roga LLC");
        data.store().put(new LocalRecord(RecordKind.LEAD, "L-1", null, 1L, Instant.EPOCH, lead, false));
        today.load();

        assertThat(today.rows()).extracting(row -> row.entry().id()).containsExactly("T-FAR", "T-NEAR", "L-1", "T-MID");
        today.planRoute();
        assertThat(today.rows()).extracting(row -> row.entry().id(), TodayRow::stop).endsWith(
                org.assertj.core.groups.Tuple.tuple("L-1", 0));

        var row = today.rows().stream().filter(r -> r.entry().isLead()).findFirst().orElseThrow().entry();
        assertThat(row.clientName()).isEqualTo("Olga");
        today.call(row);
        today.navigate(row);
        assertThat(opened).containsExactly("tel:+79161234567");
    }
}
