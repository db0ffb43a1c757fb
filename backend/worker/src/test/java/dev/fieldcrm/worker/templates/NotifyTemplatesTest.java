package dev.fieldcrm.worker.templates;

import dev.fieldcrm.core.notify.SmsSegments;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.EmailMessage;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.PushMessage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template under {@code src/main/resources/templates/notify/} (each folder with a {@code sample.json}) renders
 * in ru and en with its sample model: SMS within two segments uncut, HTML escaped, plain text without tags.
 */
class NotifyTemplatesTest {
    static final Path TEMPLATES = Path.of("src/main/resources/templates/notify");
    private static final String SCRIPT = "<script>alert(1)</script>";
    private final QuteRenderer renderer = QuteRenderer.fromClasspath();

    static List<String> templateNames() throws IOException {
        try (Stream<Path> dirs = Files.list(TEMPLATES)) {
            return dirs.filter(dir -> Files.exists(dir.resolve("sample.json")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        }
    }

    static Map<String, Object> sample(String template) throws IOException {
        return new ObjectMapper().readValue(TEMPLATES.resolve(template).resolve("sample.json").toFile(), new TypeReference<>() {
        });
    }

    private static boolean has(String template, String locale, String file) {
        return Files.exists(TEMPLATES.resolve(template).resolve(locale).resolve(file));
    }

    @TestFactory
    Stream<DynamicTest> everyTemplate_rendersInRussianAndEnglish() throws IOException {
        assertThat(templateNames()).contains("test");
        List<DynamicTest> tests = new ArrayList<>();
        for (String template : templateNames()) {
            for (String locale : List.of("ru", "en")) {
                tests.add(DynamicTest.dynamicTest(template + "/" + locale, () -> rendersWithItsSample(template, locale)));
            }
        }
        return tests.stream();
    }

    private void rendersWithItsSample(String template, String locale) throws IOException {
        Map<String, Object> model = sample(template);
        boolean anyChannel = false;
        if (has(template, "en", "email.html")) {
            anyChannel = true;
            assertThat(has(template, locale, "email.html")).as("%s/%s/email.html", template, locale).isTrue();
            EmailMessage email = renderer.email(outgoing(template, locale, Channel.EMAIL, model));
            assertThat(email.subject()).isNotBlank().doesNotContain("\n");
            assertThat(email.html()).contains("<html").contains(escapedHtml(String.valueOf(model.getOrDefault("tenantName", "FieldCRM"))));
            assertThat(email.text()).isNotBlank().doesNotContainPattern("<[a-zA-Z/!][^>]*>");
        }
        if (has(template, "en", "sms.txt")) {
            anyChannel = true;
            assertThat(has(template, locale, "sms.txt")).as("%s/%s/sms.txt", template, locale).isTrue();
            String uncut = renderer.smsUncut(outgoing(template, locale, Channel.SMS, model));
            assertThat(SmsSegments.of(uncut).segments()).as("segments of %s/%s/sms.txt: %s", template, locale, uncut)
                    .isBetween(1, SmsSegments.MAX_SEGMENTS);
        }
        if (has(template, "en", "push.txt")) {
            anyChannel = true;
            assertThat(has(template, locale, "push.txt")).as("%s/%s/push.txt", template, locale).isTrue();
            PushMessage push = renderer.push(outgoing(template, locale, Channel.PUSH, model));
            assertThat(push.title()).isNotBlank();
        }
        assertThat(anyChannel).as("template %s has files for at least one channel in en", template).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> everyHtmlTemplate_escapesUserData() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String template : templateNames()) {
            if (!has(template, "en", "email.html")) {
                continue;
            }
            for (String locale : List.of("ru", "en")) {
                tests.add(DynamicTest.dynamicTest(template + "/" + locale, () -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> hostile = (Map<String, Object>) withScripts(sample(template));
                    EmailMessage email = renderer.email(outgoing(template, locale, Channel.EMAIL, hostile));
                    assertThat(email.html()).doesNotContain("<script").contains("&lt;script&gt;");
                    assertThat(email.subject()).contains(SCRIPT);
                }));
            }
        }
        return tests.stream();
    }

    /** Every string of the model gets a script tag appended (subjects are plain text, so it shows there as is). */
    private static Object withScripts(Object value) {
        if (value instanceof String s) {
            return s + SCRIPT;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, withScripts(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(NotifyTemplatesTest::withScripts).toList();
        }
        return value;
    }

    static Outgoing outgoing(String template, String locale, Channel channel, Map<String, Object> model) {
        String address = switch (channel) {
            case EMAIL -> "anna@example.com";
            case SMS -> "+79001234567";
            case PUSH -> "arn:aws:sns:eu-central-1:123456789012:endpoint/GCM/fieldcrm/1";
        };
        return new Outgoing("acme", template + "#" + locale + "#" + channel, channel, address, template,
                Locale.forLanguageTag(locale), model, Map.of());
    }

    private static String escapedHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
