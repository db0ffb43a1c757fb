package dev.fieldcrm.mobile.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.app.i18n.Texts;
import dev.fieldcrm.mobile.core.api.ApiException;
import dev.fieldcrm.mobile.core.sync.SyncReport;
import dev.fieldcrm.mobile.core.sync.SyncReport.Outcome;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StatusLineTest {
    private final Texts texts = new Texts(Texts.ENGLISH);
    private final StatusLine line = new StatusLine(texts);

    @ParameterizedTest(name = "{0}, sent {1}, pending {2}, attention {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            OFFLINE        | 0 | 3 | 0 | Offline — 3 changes will be sent when you're back online
            OFFLINE        | 0 | 1 | 0 | Offline — 1 change will be sent when you're back online
            OFFLINE        | 0 | 0 | 0 | Offline — showing what is on the phone
            DONE           | 0 | 0 | 0 | Synced — everything is on the server
            DONE           | 2 | 0 | 0 | Synced — 2 changes sent
            DONE           | 2 | 0 | 1 | Synced — 1 change needs your attention
            DONE           | 0 | 2 | 0 | Synced — 2 changes wait to be retried
            WAITING        | 0 | 2 | 0 | The server is busy — 2 changes will be retried shortly
            SIGN_IN_NEEDED | 0 | 4 | 0 | Your session has expired — sign in again; your 4 changes are kept
            """)
    void everyOutcomeReadsAsASentenceAboutTheRepsChanges(Outcome outcome, int sent, int pending, int attention,
            String sentence) {
        assertThat(line.after(report(outcome, sent), pending, attention)).isEqualTo(sentence);
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void noOutcomeShowsItsCodeNameInEitherLanguage(Outcome outcome) {
        for (var locale : Texts.SUPPORTED) {
            texts.localeProperty().set(locale);
            for (int pending : new int[] {0, 1, 5}) {
                String sentence = line.after(report(outcome, pending), pending, 0);
                assertThat(sentence).doesNotContain(outcome.name()).doesNotContain("!").doesNotContain("{");
            }
        }
    }

    @Test
    void russianSentencesAreUsedAfterALanguageSwitch() {
        texts.localeProperty().set(Texts.RUSSIAN);

        assertThat(line.after(report(Outcome.OFFLINE, 0), 3, 0))
                .isEqualTo("Нет сети — изменений ждут отправки: 3; уйдут, когда появится связь");
    }

    @Test
    void anUnreachableServerDuringSyncReadsAsOffline_andAnyOtherErrorSaysNothingIsLost() {
        assertThat(line.failed(new ApiException.Unreachable("refused", null), 2))
                .isEqualTo("Offline — 2 changes will be sent when you're back online");
        assertThat(line.failed(new IOException("disk full"), 2))
                .isEqualTo("Sync stopped by an error (disk full); your 2 changes are kept");
    }

    private static SyncReport report(Outcome outcome, int sent) {
        return new SyncReport(sent, 0, 0, 0, false, outcome);
    }
}
