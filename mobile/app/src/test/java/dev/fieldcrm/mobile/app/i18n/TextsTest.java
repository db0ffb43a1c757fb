package dev.fieldcrm.mobile.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void everyEnglishStringHasARussianOne_andBackwards() throws IOException {
        Properties english = bundle("messages.properties");
        Properties russian = bundle("messages_ru.properties");
        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void money_isGroupedWithTwoDecimals_inTheAppsLanguage_andAnythingElseIsShownAsItCame() {
        Texts texts = new Texts(Texts.ENGLISH);
        assertThat(texts.money("420000.00")).isEqualTo("420,000.00");
        assertThat(texts.money(new java.math.BigDecimal("3589.849"))).isEqualTo("3,589.85");
        assertThat(texts.money("")).isEmpty();
        assertThat(texts.money("n/a")).isEqualTo("n/a");
        texts.localeProperty().set(Texts.RUSSIAN);
        // The JDK's Russian grouping separator is a no-break space.
        assertThat(texts.money("420000.5")).isEqualTo("420\u00a0000,50");
    }

    @Test
    void aSwitchChangesWhatBindingsShow() {
        Texts texts = new Texts(Texts.ENGLISH);
        var title = texts.bind("today.title");
        assertThat(title.get()).isEqualTo("Today");
        texts.localeProperty().set(Texts.RUSSIAN);
        assertThat(title.get()).isEqualTo("Сегодня");
    }

    @Test
    void pendingCountsReadNaturallyInBothLanguages() {
        Texts texts = new Texts(Texts.ENGLISH);
        assertThat(texts.get("sync.pending", 1)).isEqualTo("1 pending");
        assertThat(texts.get("sync.pending", 3)).isEqualTo("3 pending");
        texts.localeProperty().set(Texts.RUSSIAN);
        assertThat(texts.get("sync.pending", 3)).isEqualTo("Ждёт отправки: 3");
    }

    @Test
    void anUnsupportedLanguageFallsBackToEnglish_andAMissingKeyIsVisible() {
        Texts texts = new Texts(java.util.Locale.GERMAN);
        assertThat(texts.locale()).isEqualTo(Texts.ENGLISH);
        assertThat(texts.get("no.such.key")).isEqualTo("!no.such.key!");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
