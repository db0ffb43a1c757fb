package dev.fieldcrm.worker.templates;

import dev.fieldcrm.core.notify.SmsSegments;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.EmailMessage;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.PushMessage;
import dev.fieldcrm.core.notify.SendFailure;
import dev.fieldcrm.core.notify.SmsMessage;
import dev.fieldcrm.worker.aws.SesTags;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuteRendererTest {
    private final QuteRenderer renderer = QuteRenderer.fromClasspath();

    private static Outgoing message(String template, Locale locale, Channel channel, Map<String, Object> model) {
        return new Outgoing("acme", "m1", channel, "anna@example.com", template, locale, model,
                Map.of("List-Unsubscribe", "<https://crm.example.com/u/abc>"));
    }

    private static Map<String, Object> model(String name, String note) {
        return Map.of("tenantName", "Acme & Sons", "recipientName", name, "note", note);
    }

    @Test
    void aRussianEmail_isWrappedInTheSharedLayoutWithTheTenantsName() {
        EmailMessage email = renderer.email(message("test", Locale.forLanguageTag("ru"), Channel.EMAIL, model("Анна", "Проверка")));

        assertThat(email.to()).isEqualTo("anna@example.com");
        assertThat(email.subject()).isEqualTo("Тестовое сообщение для Анна");
        assertThat(email.html()).contains("<html lang=\"ru\"").contains("Здравствуйте, Анна!").contains("Acme &amp; Sons")
                .contains("отправлено через FieldCRM");
        assertThat(email.text()).startsWith("Acme & Sons").contains("Здравствуйте, Анна!").contains("отправлено через FieldCRM");
        assertThat(email.headers()).containsEntry("List-Unsubscribe", "<https://crm.example.com/u/abc>")
                .containsEntry(SesTags.TENANT_HEADER, "acme").containsEntry(SesTags.MESSAGE_HEADER, "m1");
    }

    @Test
    void aClientNameWithAScriptTag_showsAsTextInHtml_andAsIsInPlainText() {
        EmailMessage email = renderer.email(message("test", Locale.ENGLISH, Channel.EMAIL, model("<script>alert('x')</script>", "hi")));

        assertThat(email.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(email.text()).contains("Hello, <script>alert('x')</script>!");
    }

    @Test
    void theUnsubscribeLink_isInTheFooterOnlyWhenTheModelHasOne() {
        Map<String, Object> withLink = new java.util.HashMap<>(model("Ann", "hi"));
        withLink.put("unsubscribeUrl", "https://crm.example.com/u/abc?x=1&y=2");

        assertThat(renderer.email(message("test", Locale.ENGLISH, Channel.EMAIL, withLink)).html())
                .contains("href=\"https://crm.example.com/u/abc?x=1&amp;y=2\"").contains("Unsubscribe");
        assertThat(renderer.email(message("test", Locale.ENGLISH, Channel.EMAIL, model("Ann", "hi"))).html())
                .doesNotContain("Unsubscribe");
    }

    @Test
    void aLocaleWithoutTemplates_fallsBackToEnglish() {
        EmailMessage email = renderer.email(message("test", Locale.GERMAN, Channel.EMAIL, model("Ann", "hi")));

        assertThat(email.subject()).isEqualTo("Test message for Ann");
        assertThat(email.html()).contains("<html lang=\"en\"");
    }

    @Test
    void aTemplateWrittenOnlyInEnglish_isUsedForRussianToo() {
        SmsMessage sms = renderer.sms(message("only-english", Locale.forLanguageTag("ru"), Channel.SMS, model("Анна", "")));

        assertThat(sms.text()).isEqualTo("English only: Анна");
    }

    @Test
    void aMissingTemplate_isAPermanentFailure() {
        assertThatThrownBy(() -> renderer.email(message("no-such-template", Locale.ENGLISH, Channel.EMAIL, Map.of())))
                .isInstanceOfSatisfying(SendFailure.class, f -> assertThat(f.kind()).isEqualTo(SendFailure.Kind.PERMANENT))
                .hasMessageContaining("no-such-template");
    }

    @Test
    void aModelWithoutAValueTheTemplateNeeds_isAPermanentFailure() {
        assertThatThrownBy(() -> renderer.sms(message("test", Locale.ENGLISH, Channel.SMS, Map.of("recipientName", "Ann"))))
                .isInstanceOfSatisfying(SendFailure.class, f -> assertThat(f.kind()).isEqualTo(SendFailure.Kind.PERMANENT))
                .hasMessageContaining("note");
    }

    @Test
    void anSmsWithLongUserData_isCutAtAWordToTwoSegments() {
        String longNote = "Очень длинная заметка клиента ".repeat(20);
        SmsMessage sms = renderer.sms(message("test", Locale.forLanguageTag("ru"), Channel.SMS, model("Анна", longNote)));

        assertThat(SmsSegments.of(sms.text()).segments()).isEqualTo(2);
        assertThat(sms.text()).startsWith("Acme & Sons: здравствуйте, Анна! Очень длинная").endsWith("…");
        assertThat(sms.text()).doesNotEndWith(" …");
    }

    @Test
    void aPush_takesItsTitleFromTheFirstLineAndItsBodyFromTheRest() {
        Map<String, Object> model = new java.util.HashMap<>(model("Ann", "See you at 10."));
        model.put("link", "fieldcrm://tasks/01J");
        model.put("clientId", "01JCLIENT");
        PushMessage push = renderer.push(new Outgoing("acme", "m1", Channel.PUSH, "arn:endpoint", "test", Locale.ENGLISH, model, Map.of()));

        assertThat(push.endpoint()).isEqualTo("arn:endpoint");
        assertThat(push.title()).isEqualTo("Test message");
        assertThat(push.body()).isEqualTo("Hello, Ann! See you at 10.");
        assertThat(push.data()).containsEntry("template", "test").containsEntry("messageId", "m1").containsEntry("link", "fieldcrm://tasks/01J")
                .containsEntry("clientId", "01JCLIENT");
    }
}
