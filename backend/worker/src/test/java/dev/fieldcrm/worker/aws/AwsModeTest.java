package dev.fieldcrm.worker.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.fieldcrm.core.devices.Device;
import dev.fieldcrm.core.devices.DeviceRegistration;
import dev.fieldcrm.core.devices.Platform;
import dev.fieldcrm.core.devices.PushEndpoints;
import dev.fieldcrm.core.dynamo.DeviceServices;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.EmailSender;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.notify.PushMessage;
import dev.fieldcrm.core.notify.PushSender;
import dev.fieldcrm.core.notify.Renderer;
import dev.fieldcrm.core.notify.SendFailure;
import dev.fieldcrm.core.notify.SendOutcome;
import dev.fieldcrm.core.notify.SmsSender;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.worker.templates.QuteRenderer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The worker wired for AWS: the Postman renders with Qute and sends through SES (emulator) and SNS (stub). */
@QuarkusTest
@TestProfile(AwsModeTest.AwsMode.class)
class AwsModeTest {

    public static class AwsMode implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(AwsModeResource.class));
        }
    }

    @Inject Postman postman;
    @Inject Renderer renderer;
    @Inject Instance<EmailSender> email;
    @Inject Instance<SmsSender> sms;
    @Inject Instance<PushSender> push;
    @Inject Instance<PushEndpoints> endpoints;
    @Inject DeviceServices devices;
    @ConfigProperty(name = "fieldcrm.aws.ses.endpoint") URI sesEndpoint;
    @ConfigProperty(name = "fieldcrm.aws.sns.endpoint") URI snsEndpoint;

    private WireMock sns() {
        return new WireMock(snsEndpoint.getHost(), snsEndpoint.getPort());
    }

    @Test
    void modeAws_wiresTheSesAndSnsAdaptersAndTheQuteRenderer() {
        assertThat(email.get()).isInstanceOf(SesEmailSender.class);
        assertThat(sms.get()).isInstanceOf(SnsSmsSender.class);
        assertThat(push.get()).isInstanceOf(SnsPushSender.class);
        assertThat(endpoints.get()).isInstanceOf(SnsPushEndpoints.class);
        assertThat(renderer).isInstanceOf(QuteRenderer.class);
    }

    @Test
    void anEmailThroughThePostman_isRenderedAndReachesSes() throws Exception {
        String to = "anna+" + System.nanoTime() + "@example.com";
        Outgoing message = new Outgoing("acme", "aws-mode#" + to + "#EMAIL", Channel.EMAIL, to, "test", Locale.forLanguageTag("ru"),
                Map.of("tenantName", "Acme", "recipientName", "Анна <b>", "note", "Проверка"),
                Map.of("List-Unsubscribe", "<https://crm.example.com/u/tok>", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));

        SendOutcome outcome = postman.send(message);

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        String store = HttpClient.newHttpClient().send(HttpRequest.newBuilder(sesEndpoint.resolve("/store")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        JsonNode mail = new ObjectMapper().readTree(store).path("emails").valueStream()
                .filter(e -> e.path("destination").path("to").path(0).asText().equals(to)).findFirst().orElseThrow();
        assertThat(mail.path("messageId").asText()).isEqualTo(((SendOutcome.Sent) outcome).providerMessageId());
        assertThat(mail.path("subject").asText()).isEqualTo("Тестовое сообщение для Анна <b>");
        assertThat(mail.path("body").path("html").asText()).contains("Здравствуйте, Анна &lt;b&gt;!").contains("<html lang=\"ru\"");
        assertThat(mail.path("body").path("text").asText()).contains("Здравствуйте, Анна <b>!");
        assertThat(mail.path("headers").findValuesAsText("name")).containsExactlyInAnyOrder("List-Unsubscribe", "List-Unsubscribe-Post");
        assertThat(postman.send(message)).isInstanceOf(SendOutcome.AlreadySent.class);
    }

    @Test
    void anSmsThroughThePostman_isPublishedBySns() {
        sns().register(post(urlEqualTo("/")).withRequestBody(containing("Action=Publish")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody("<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult><MessageId>sms-42</MessageId>"
                        + "</PublishResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>")));
        String phone = "+7900" + String.valueOf(System.nanoTime()).substring(0, 7);
        Outgoing message = new Outgoing("acme", "aws-mode#" + phone + "#SMS", Channel.SMS, phone, "test", Locale.ENGLISH,
                Map.of("tenantName", "Acme", "recipientName", "Ann", "note", "See you at 10."), Map.of());

        assertThat(postman.send(message)).isEqualTo(new SendOutcome.Sent("sms-42"));

        List<Map<String, String>> published = sns().find(postRequestedFor(urlEqualTo("/"))).stream()
                .map(SnsStub::form).filter(f -> phone.equals(f.get("PhoneNumber"))).toList();
        assertThat(published).singleElement().satisfies(f ->
                assertThat(f).containsEntry("Message", "Acme: hello, Ann! See you at 10."));
    }

    @Test
    void aPushToADisabledEndpoint_failsForGood_andDisablesTheDevice() {
        Caller rep = new Caller("acme", "aws-rep-" + System.nanoTime(), Set.of(Role.REP), "east", null);
        String arn = "arn:aws:sns:eu-central-1:123456789012:endpoint/GCM/fieldcrm-android/" + rep.userId();
        Device device = devices.service().register(rep, "phone-1", new DeviceRegistration(Platform.ANDROID, "fcm-1"));
        devices.service().attachEndpoint(rep.tenantId(), rep.userId(), device.id(), "fcm-1", arn);
        sns().register(post(urlEqualTo("/")).withRequestBody(containing("Action=Publish"))
                .withRequestBody(containing(java.net.URLEncoder.encode(arn, java.nio.charset.StandardCharsets.UTF_8)))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "text/xml")
                        .withBody("<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>Sender</Type>"
                                + "<Code>EndpointDisabled</Code><Message>Endpoint is disabled</Message></Error><RequestId>r</RequestId></ErrorResponse>")));
        sns().register(post(urlEqualTo("/")).withRequestBody(containing("Action=GetEndpointAttributes")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "text/xml")
                .withBody("<GetEndpointAttributesResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><GetEndpointAttributesResult>"
                        + "<Attributes><entry><key>CustomUserData</key><value>acme/" + rep.userId() + "/phone-1</value></entry>"
                        + "<entry><key>Enabled</key><value>false</value></entry></Attributes></GetEndpointAttributesResult>"
                        + "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetEndpointAttributesResponse>")));

        assertThatThrownBy(() -> push.get().send(new PushMessage(arn, "Title", "Body", Map.of())))
                .isInstanceOfSatisfying(SendFailure.class, f -> assertThat(f.kind()).isEqualTo(SendFailure.Kind.PERMANENT));

        assertThat(devices.devices().find(rep.tenantId(), rep.userId(), "phone-1").orElseThrow().enabled()).isFalse();
        assertThat(devices.devices().activeEndpoints(rep.tenantId(), rep.userId())).isEmpty();
    }
}
