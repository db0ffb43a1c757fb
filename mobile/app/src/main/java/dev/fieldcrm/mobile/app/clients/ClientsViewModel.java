package dev.fieldcrm.mobile.app.clients;

import dev.fieldcrm.mobile.app.device.LocationSource;
import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.sync.RepData;
import dev.fieldcrm.mobile.core.route.GeoPoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Clients, offline: search by name or phone as the rep types (a blank query lists the most recently contacted),
 * and "nearby": clients within a few km with no contact for a while, to fill a gap in the day.
 */
public final class ClientsViewModel {
    static final int LIMIT = 30;
    static final double NEARBY_KM = 5;
    static final Duration QUIET_FOR = Duration.ofDays(30);

    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty heading = new SimpleStringProperty("");
    private final ObservableList<ClientRow> results = FXCollections.observableArrayList();
    private final RepData data;
    private final LocationSource location;
    private final Background background;
    private final Texts texts;

    public ClientsViewModel(RepData data, LocationSource location, Background background, Texts texts) {
        this.data = data;
        this.location = location;
        this.background = background;
        this.texts = texts;
        query.addListener((obs, old, now) -> search());
    }

    /** Results for the current query (the local store answers at once, no network). */
    public void search() {
        String typed = query.get().strip();
        heading.set(texts.get(typed.isEmpty() ? "clients.recent" : "clients.results"));
        List<ClientRow> found = new ArrayList<>();
        data.core().clients().find(typed, LIMIT).forEach(client -> found.add(new ClientRow(client, null)));
        results.setAll(found);
    }

    /** Asks for the position once and lists quiet clients around it, nearest first. */
    public void nearby() {
        background.run(location::current, here -> here.ifPresentOrElse(at -> {
            List<ClientRow> found = new ArrayList<>();
            data.core().nearby().around(new GeoPoint(at.lat(), at.lon()), NEARBY_KM, QUIET_FOR, LIMIT)
                    .forEach(near -> found.add(new ClientRow(near.client(), near.km())));
            heading.set(texts.get("clients.nearby"));
            results.setAll(found);
        }, () -> heading.set(texts.get("log.noPosition"))), failure -> heading.set(texts.get("log.noPosition")));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public ObservableList<ClientRow> results() {
        return results;
    }
}
