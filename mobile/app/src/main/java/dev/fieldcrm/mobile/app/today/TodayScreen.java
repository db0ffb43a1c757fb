package dev.fieldcrm.mobile.app.today;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.RenderedMarker;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import dev.fieldcrm.mobile.app.sync.SyncStatus;
import dev.fieldcrm.mobile.core.views.AgendaEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Today as cards: overdue first (red edge), then today's; each card shows the client, city, what to do, the last
 * interaction, and three big buttons — call, navigate, log. Tapping the card opens the client. A lead to contact is a
 * card of its own: the lead's name, "Contact the lead", company and city, and one call button.
 */
public final class TodayScreen extends TitledScreen {
    private final TodayViewModel model;
    private final Texts texts;
    private final ZoneId zone;
    private final Consumer<AgendaEntry> openClient;
    private final Consumer<AgendaEntry> logFor;
    private final VBox list = new VBox(10);

    /**
     * @param openClient opens the client card of an entry
     * @param logFor     opens the log form for an entry (completing its step)
     */
    public TodayScreen(TodayViewModel model, SyncStatus status, Texts texts, ZoneId zone,
            Consumer<AgendaEntry> openClient, Consumer<AgendaEntry> logFor) {
        super(texts, "today.title");
        this.model = model;
        this.texts = texts;
        this.zone = zone;
        this.openClient = openClient;
        this.logFor = logFor;

        Button plan = Widgets.button("plan-route", texts, "today.planRoute", model::planRoute);
        plan.setMaxWidth(Double.MAX_VALUE);
        Label routeMessage = Widgets.text(model.routeMessageProperty(), "secondary");
        routeMessage.setId("route-message");
        Label syncMessage = Widgets.text(status.messageProperty(), "secondary");
        syncMessage.setId("sync-message");
        for (Label optional : new Label[] {routeMessage, syncMessage}) {
            optional.visibleProperty().bind(optional.textProperty().isNotEmpty());
            optional.managedProperty().bind(optional.visibleProperty());
        }
        list.setId("today-list");
        content(Widgets.scroll(Widgets.column(plan, routeMessage, syncMessage, list)));
        model.rows().addListener((ListChangeListener<TodayRow>) change -> render());
        texts.localeProperty().addListener((obs, old, now) -> render());
        render();
        // Cold-start benchmark only (a no-op otherwise): Today counts as shown once a laid-out card is in the list.
        RenderedMarker.watch(list, () -> list.getChildren().stream()
                .anyMatch(node -> node.getStyleClass().contains("card") && node.getLayoutBounds().getHeight() > 0));
    }

    @Override
    public void onShow() {
        model.load();
    }

    private void render() {
        list.getChildren().clear();
        if (model.rows().isEmpty()) {
            list.getChildren().add(Widgets.label(texts, "today.empty", "secondary"));
            return;
        }
        Boolean section = null;
        boolean routed = model.rows().stream().anyMatch(TodayRow::onRoute);
        for (TodayRow row : model.rows()) {
            // Sections only in due order; once a route is planned the list is in visiting order instead.
            if (!routed && (section == null || section != row.entry().overdue())) {
                section = row.entry().overdue();
                list.getChildren().add(Widgets.label(texts, section ? "today.overdue" : "today.dueToday",
                        "section-title"));
            }
            list.getChildren().add(card(row));
        }
    }

    private Node card(TodayRow row) {
        AgendaEntry entry = row.entry();
        if (entry.isLead()) {
            return leadCard(entry);
        }
        Button name = new Button(entry.clientName());
        name.setId("open-" + entry.taskId());
        name.setAccessibleText(entry.clientName());
        name.getStyleClass().addAll("flat", "card-title");
        name.setOnAction(e -> openClient.accept(entry));
        HBox header = new HBox(8);
        if (row.onRoute()) {
            Label stop = new Label(Integer.toString(row.stop()));
            stop.getStyleClass().add("route-stop");
            header.getChildren().add(stop);
        }
        header.getChildren().add(name);
        if (entry.pending()) {
            header.getChildren().add(Widgets.text(texts.get("sync.pending", 1), "pending-badge"));
        }
        Label what = Widgets.text(time(entry) + " · " + entry.title());
        Label city = Widgets.text(entry.city() == null ? "" : entry.city(), "secondary");
        Label last = Widgets.text(entry.lastInteraction() == null ? texts.get("today.never")
                : texts.get("today.lastInteraction", entry.lastInteraction()), "secondary");

        Button call = action("call-" + entry.taskId(), "today.call", () -> model.call(entry));
        call.setDisable(entry.phone() == null);
        Button navigate = action("navigate-" + entry.taskId(), "today.navigate", () -> model.navigate(entry));
        Button log = action("log-" + entry.taskId(), "today.log", () -> logFor.accept(entry));
        log.getStyleClass().add("accent");

        VBox card = new VBox(header, what, city, last, new HBox(8, call, navigate, log));
        card.getStyleClass().add("card");
        if (entry.overdue()) {
            card.getStyleClass().add("overdue");
        }
        card.setId("task-" + entry.taskId());
        return card;
    }

    /** "Contact the lead": who, when, the company and city, and one big call button (no client to open or visit yet). */
    private Node leadCard(AgendaEntry entry) {
        Label name = Widgets.text(entry.clientName());
        name.getStyleClass().add("card-title");
        Label what = Widgets.text(time(entry) + " · " + texts.get("today.contactLead"));
        String where = String.join(" · ", java.util.stream.Stream.of(entry.title(), entry.city())
                .filter(part -> part != null && !part.isBlank()).toList());
        Label company = Widgets.text(where, "secondary");
        Button call = action("call-" + entry.id(), "today.call", () -> model.call(entry));
        call.setDisable(entry.phone() == null);
        call.getStyleClass().add("accent");
        VBox card = new VBox(name, what, company, new HBox(8, call));
        card.getStyleClass().addAll("card", "lead");
        if (entry.overdue()) {
            card.getStyleClass().add("overdue");
        }
        card.setId("lead-" + entry.id());
        return card;
    }

    private String time(AgendaEntry entry) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale()).format(entry.dueAt().atZone(zone));
    }

    private Button action(String id, String key, Runnable action) {
        Button button = Widgets.button(id, texts, key, action);
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, Priority.ALWAYS);
        return button;
    }
}
