package dev.fieldcrm.mobile.app.dashboard;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.app.shell.Background;
import dev.fieldcrm.mobile.app.shell.TitledScreen;
import dev.fieldcrm.mobile.app.shell.Widgets;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.api.ApiRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The manager's drill into one rep: their agenda (overdue first, as the API orders it) and latest journal. */
public final class RepDrillScreen extends TitledScreen {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM HH:mm");

    private final VBox agenda = new VBox(8);
    private final VBox journal = new VBox(8);
    private final Label error = Widgets.text("", "danger");
    private final String repId;
    private final Texts texts;
    private final ApiClient api;
    private final Background background;
    private final ZoneId zone;

    public RepDrillScreen(String repId, String repName, Texts texts, ApiClient api, Background background,
            ZoneId zone) {
        super(texts, "drill.title");
        this.repId = repId;
        this.texts = texts;
        this.api = api;
        this.background = background;
        this.zone = zone;
        agenda.setId("drill-agenda");
        journal.setId("drill-journal");
        error.setId("drill-error");
        content(Widgets.scroll(Widgets.column(Widgets.text(repName, "title-2"), error,
                Widgets.label(texts, "drill.agenda", "section-title"), agenda,
                Widgets.label(texts, "drill.journal", "section-title"), journal)));
    }

    @Override
    public void onShow() {
        background.run(() -> RepDrill.read(api.send(ApiRequest.get(RepDrill.agendaPath(repId))).body(),
                api.send(ApiRequest.get(RepDrill.journalPath(repId))).body()), this::show,
                failure -> error.setText(texts.get("dashboard.failed", failure.getMessage())));
    }

    private void show(RepDrill drill) {
        Widgets.fill(agenda, drill.agenda(), texts, "drill.noAgenda", this::row);
        Widgets.fill(journal, drill.journal(), texts, "drill.noJournal", this::row);
    }

    private Label row(RepDrill.Line line) {
        String when = line.at() == null ? "" : WHEN.format(line.at().atZone(zone)) + " · ";
        Label row = Widgets.text(when + line.what() + (line.client().isEmpty() ? "" : " — " + line.client()),
                line.overdue() ? "danger" : "body");
        row.setWrapText(true);
        return row;
    }
}
