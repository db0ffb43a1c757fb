package dev.fieldcrm.mobile.app.card;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import dev.fieldcrm.mobile.core.store.LocalStore;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
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
    private final Consumer<String> openDeal;
    private final Runnable newOrder;
    private final VBox content = Widgets.column();
    /** Log / New order: made once, so a re-read of the card (after a sync) never swaps them under the rep's thumb. */
    private final VBox actions = new VBox(8);

    /**
     * @param logHere  opens the log form for this client
     * @param openDeal opens the Deal screen of one of its open deals (by id)
     * @param newOrder opens the New order screen for this client
     */
    public ClientCardScreen(LocalStore store, String clientId, Texts texts, ZoneId zone, Runnable logHere,
                            Consumer<String> openDeal, Runnable newOrder) {
        super(texts, "card.title");
        this.store = store;
        this.clientId = clientId;
        this.texts = texts;
        this.zone = zone;
        this.logHere = logHere;
        this.openDeal = openDeal;
        this.newOrder = newOrder;
        Button log = Widgets.button("card-log", texts, "card.log", logHere);
        log.getStyleClass().add("accent");
        log.setMaxWidth(Double.MAX_VALUE);
        Button order = Widgets.button("card-order", texts, "card.newOrder", newOrder);
        order.setMaxWidth(Double.MAX_VALUE);
        actions.getChildren().setAll(log, order);
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


        VBox profile = new VBox(Widgets.text(card.client().name(), "title-3"),
                Widgets.text(String.join(" · ", nonBlank(card.client().city(), card.address())), "secondary"),
                Widgets.text(String.join(", ", card.client().phones())));
        profile.getStyleClass().add("card");

        content.getChildren().setAll(profile, actions,
                section("card.keyPeople", card.people(), p -> String.join(" · ", nonBlank(p.name(), p.position(),
                        p.phone(), p.birthday() == null ? null : texts.get("card.birthday", date.format(p.birthday()))))),
                section("card.openTasks", card.steps(), s -> (s.dueAt() == null ? "" : dateTime.format(s.dueAt())
                        + " · ") + s.title()),
                deals(card.deals()),
                section("card.orders", card.orders(), o -> texts.get("card.orderLine",
                        texts.get("order.status." + o.status()), texts.money(o.gross()), o.currency())
                        + (o.pending() ? " (" + texts.get("sync.pending", 1) + ")" : "")),
                section("card.journal", card.journal(), j -> (j.at() == null ? "" : dateTime.format(j.at()) + " · ")
                        + texts.get("type." + j.type()) + ": " + j.summary()
                        + (j.result() == null ? "" : " → " + j.result())
                        + (j.pending() ? " (" + texts.get("sync.pending", 1) + ")" : "")));
    }

    /** Open deals as buttons: a tap opens the Deal screen (stage move). */
    private Node deals(List<ClientCard.DealLine> deals) {
        VBox section = new VBox(4, Widgets.label(texts, "card.openDeals", "section-title"));
        if (deals.isEmpty()) {
            section.getChildren().add(Widgets.label(texts, "card.none", "secondary"));
        }
        for (ClientCard.DealLine deal : deals) {
            Button open = new Button(String.join(" · ", nonBlank(deal.title(), deal.stage(),
                    deal.amount().isBlank() ? "" : texts.money(deal.amount()) + " " + deal.currency()))
                    + (deal.pending() ? " (" + texts.get("sync.pending", 1) + ")" : ""));
            open.setId("deal-" + deal.id());
            open.accessibleTextProperty().bind(open.textProperty());
            open.setWrapText(true);
            open.setMaxWidth(Double.MAX_VALUE);
            open.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            open.setOnAction(e -> openDeal.accept(deal.id()));
            section.getChildren().add(open);
        }
        return section;
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
