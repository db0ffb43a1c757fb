package dev.fieldcrm.mobile.app.card;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import dev.fieldcrm.mobile.core.store.LocalStore;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/** The client card: profile, key people (birthdays), open next steps, open deals, journal; "log" on top. */
public final class ClientCardScreen extends TitledScreen {
    private final LocalStore store;
    private final String clientId;
    private final Texts texts;
    private final ZoneId zone;
    private final Runnable logHere;
    private final VBox content = Widgets.column();

    /** @param logHere opens the log form for this client */
    public ClientCardScreen(LocalStore store, String clientId, Texts texts, ZoneId zone, Runnable logHere) {
        super(texts, "card.title");
        this.store = store;
        this.clientId = clientId;
        this.texts = texts;
        this.zone = zone;
        this.logHere = logHere;
        content(Widgets.scroll(content));
        content.setId("client-card");
        texts.localeProperty().addListener((obs, old, now) -> onShow());
    }

    /** Re-reads the card each time it comes to the front: a sync or a logged visit may have changed it. */
    @Override
    public void onShow() {
        ClientCard card = ClientCard.read(store, clientId);
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(texts.locale()).withZone(zone);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());

        Button log = Widgets.button("card-log", texts, "card.log", logHere);
        log.getStyleClass().add("accent");
        log.setMaxWidth(Double.MAX_VALUE);

        VBox profile = new VBox(Widgets.text(card.client().name(), "title-3"),
                Widgets.text(String.join(" · ", nonBlank(card.client().city(), card.address())), "secondary"),
                Widgets.text(String.join(", ", card.client().phones())));
        profile.getStyleClass().add("card");

        content.getChildren().setAll(profile, log,
                section("card.keyPeople", card.people(), p -> String.join(" · ", nonBlank(p.name(), p.position(),
                        p.phone(), p.birthday() == null ? null : texts.get("card.birthday", date.format(p.birthday()))))),
                section("card.openTasks", card.steps(), s -> (s.dueAt() == null ? "" : dateTime.format(s.dueAt())
                        + " · ") + s.title()),
                section("card.openDeals", card.deals(), d -> String.join(" · ", nonBlank(d.title(), d.stage(),
                        d.amount()))),
                section("card.journal", card.journal(), j -> (j.at() == null ? "" : dateTime.format(j.at()) + " · ")
                        + texts.get("type." + j.type()) + ": " + j.summary()
                        + (j.result() == null ? "" : " → " + j.result())
                        + (j.pending() ? " (" + texts.get("sync.pending", 1) + ")" : "")));
    }

    private <T> Node section(String titleKey, List<T> items, Function<T, String> line) {
        VBox section = new VBox(4, Widgets.label(texts, titleKey, "section-title"));
        if (items.isEmpty()) {
            section.getChildren().add(Widgets.label(texts, "card.none", "secondary"));
        }
        for (T item : items) {
            section.getChildren().add(Widgets.text(line.apply(item)));
        }
        return section;
    }

    private static List<String> nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }
}
