package dev.fieldcrm.worker.aws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fieldcrm.core.notify.EmailMessage;
import dev.fieldcrm.core.notify.SendFailure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SES v2 SendEmail over real HTTP, against the npm emulator aws-ses-v2-local. */
class SesEmailSenderTest {
    private static SesEmulator emulator;
    private static SesV2Client ses;

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = SesEmulator.start();
        ses = AwsNotifyClients.ses(Optional.of(emulator.endpoint()), "eu-central-1");
    }

    @AfterAll
    static void stopEmulator() {
        if (ses != null) {
            ses.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    private static EmailMessage email(String to) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<https://crm.example.com/u/tok>, <mailto:unsubscribe@crm.example.com>");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put(SesTags.TENANT_HEADER, "acme");
        headers.put(SesTags.MESSAGE_HEADER, "digest#anna#2026-11-24#EMAIL");
        return new EmailMessage(to, "Ваши задачи на сегодня", "<p>Привет, <b>Анна</b></p>", "Привет, Анна", headers);
    }

    @Test
    void anEmail_reachesSesWithSubjectBothBodiesAndTheUnsubscribeHeaders() throws Exception {
        String to = "anna+" + System.nanoTime() + "@example.com";
        SesEmailSender sender = new SesEmailSender(ses, "FieldCRM <notify@crm.example.com>", Optional.of("fieldcrm-notify"));

        String messageId = sender.send(email(to));

        JsonNode received = emulator.emails().stream()
                .filter(e -> e.path("destination").path("to").path(0).asText().equals(to)).findFirst().orElseThrow();
        assertThat(received.path("messageId").asText()).isEqualTo(messageId);
        assertThat(received.path("from").asText()).isEqualTo("FieldCRM <notify@crm.example.com>");
        assertThat(received.path("subject").asText()).isEqualTo("Ваши задачи на сегодня");
        assertThat(received.path("body").path("html").asText()).isEqualTo("<p>Привет, <b>Анна</b></p>");
        assertThat(received.path("body").path("text").asText()).isEqualTo("Привет, Анна");
        Map<String, String> headers = new LinkedHashMap<>();
        received.path("headers").forEach(h -> headers.put(h.path("name").asText(), h.path("value").asText()));
        assertThat(headers).containsOnly(
                Map.entry("List-Unsubscribe", "<https://crm.example.com/u/tok>, <mailto:unsubscribe@crm.example.com>"),
                Map.entry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    @Test
    void theTenantAndMessageId_travelAsMessageTags_withTheConfigurationSet() {
        // the emulator does not keep tags or the configuration set: checked on the request the SDK sends
        SendEmailRequest request = new SesEmailSender(ses, "notify@crm.example.com", Optional.of("fieldcrm-notify"))
                .request(email("anna@example.com"));

        assertThat(request.configurationSetName()).isEqualTo("fieldcrm-notify");
        assertThat(request.emailTags()).extracting(MessageTag::name, MessageTag::value).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("tenant", "acme"),
                org.assertj.core.groups.Tuple.tuple("delivery", SesTags.encode("digest#anna#2026-11-24#EMAIL")));
        assertThat(SesTags.decode(request.emailTags().stream().filter(t -> t.name().equals("delivery")).findFirst().orElseThrow().value()))
                .contains("digest#anna#2026-11-24#EMAIL");
        assertThat(request.content().simple().headers()).extracting(h -> h.name())
                .containsExactly("List-Unsubscribe", "List-Unsubscribe-Post");
    }

    @Test
    void anEmailTheEmulatorRefuses_isAPermanentFailure() {
        SesEmailSender sender = new SesEmailSender(ses, "", Optional.empty());

        assertThatThrownBy(() -> sender.send(email("anna@example.com")))
                .isInstanceOfSatisfying(SendFailure.class, f -> assertThat(f.kind()).isEqualTo(SendFailure.Kind.PERMANENT));
    }
}
