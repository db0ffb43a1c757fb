package dev.fieldcrm.mobile.app.today;

import dev.fieldcrm.mobile.app.device.ExternalLinks;
import dev.fieldcrm.mobile.app.device.LocationSource;
import dev.fieldcrm.mobile.app.device.Position;
import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.sync.RepData;
import dev.fieldcrm.mobile.core.route.GeoPoint;
import dev.fieldcrm.mobile.core.route.Route;
import dev.fieldcrm.mobile.core.route.Stop;
import dev.fieldcrm.mobile.core.store.RecordKind;
import dev.fieldcrm.mobile.core.views.AgendaEntry;
import dev.fieldcrm.mobile.core.views.ClientSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today: the rep's overdue and today's next steps and leads to contact from the local store (works offline), with
 * one-tap call, navigate and log, and "plan my route", which orders the day's stops by travel distance from where the
 * rep is (a lead has no client, so no stop: it keeps its due place after the route).
 */
public final class TodayViewModel {
    private final ObservableList<TodayRow> rows = FXCollections.observableArrayList();
    private final StringProperty routeMessage = new SimpleStringProperty("");
    private final RepData data;
    private final LocationSource location;
    private final ExternalLinks links;
    private final Background background;
    private final Texts texts;
    /** Stop number per client once a route is planned; kept across reloads so the order survives a sync. */
    private Map<String, Integer> stopOfClient = Map.of();

    public TodayViewModel(RepData data, LocationSource location, ExternalLinks links, Background background,
            Texts texts) {
        this.data = data;
        this.location = location;
        this.links = links;
        this.background = background;
        this.texts = texts;
    }

    /** Re-reads today from the local store (on show, after a sync or a change). */
    public void load() {
        List<AgendaEntry> entries = data.core().today().entries(data.zone());
        List<TodayRow> loaded = new ArrayList<>();
        for (AgendaEntry entry : entries) {
            loaded.add(new TodayRow(entry, entry.clientId() == null ? 0 : stopOfClient.getOrDefault(entry.clientId(), 0)));
        }
        if (!stopOfClient.isEmpty()) {
            loaded = routeOrder(loaded);
        }
        rows.setAll(loaded);
    }

    /** Asks for the position once, plans the route over today's clients and shows the list in visiting order. */
    public void planRoute() {
        background.run(location::current, here -> here.ifPresentOrElse(this::planFrom,
                () -> routeMessage.set(texts.get("log.noPosition"))), failure -> routeMessage.set(texts.get(
                "log.noPosition")));
    }

    private void planFrom(Position here) {
        Map<String, Stop> stops = new LinkedHashMap<>();
        for (TodayRow row : rows) {
            String clientId = row.entry().clientId();
            if (clientId != null && !stops.containsKey(clientId)) {
                clientLocation(clientId).ifPresent(at -> stops.put(clientId,
                        new Stop(clientId, row.entry().clientName(), at)));
            }
        }
        Route route = data.core().routes().plan(new GeoPoint(here.lat(), here.lon()), List.copyOf(stops.values()));
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < route.stops().size(); i++) {
            order.put(route.stops().get(i).id(), i + 1);
        }
        stopOfClient = order;
        load();
        routeMessage.set(texts.get("today.routePlanned", route.stops().size(),
                String.format(texts.locale(), "%.1f", route.totalKm())));
    }

    /** Route stops first in visiting order (a client's steps together), then the entries without coordinates. */
    private static List<TodayRow> routeOrder(List<TodayRow> loaded) {
        List<TodayRow> ordered = new ArrayList<>(loaded);
        ordered.sort((a, b) -> Integer.compare(a.onRoute() ? a.stop() : Integer.MAX_VALUE,
                b.onRoute() ? b.stop() : Integer.MAX_VALUE));
        return ordered;
    }

    private Optional<GeoPoint> clientLocation(String clientId) {
        return data.store().get(RecordKind.CLIENT, clientId).map(ClientSummary::of)
                .map(ClientSummary::location);
    }

    public void call(AgendaEntry entry) {
        if (entry.phone() != null) {
            links.open("tel:" + entry.phone().replaceAll("[^+0-9]", ""));
        }
    }

    /** Turn-by-turn navigation in the phone's map app: to the client's coordinates, else its city and name. */
    public void navigate(AgendaEntry entry) {
        if (entry.isLead()) {
            return; // a lead has no address yet: contacting it is a call
        }
        String destination = clientLocation(entry.clientId()).map(p -> p.lat() + "," + p.lon())
                .orElseGet(() -> entry.clientName() + (entry.city() == null ? "" : ", " + entry.city()));
        links.open(ExternalLinks.navigationTo(destination));
    }

    public ObservableList<TodayRow> rows() {
        return rows;
    }

    public StringProperty routeMessageProperty() {
        return routeMessage;
    }
}
