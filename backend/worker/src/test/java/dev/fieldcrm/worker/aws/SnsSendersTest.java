package dev.fieldcrm.worker.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.fieldcrm.core.notify.PushMessage;
import dev.fieldcrm.core.notify.SendFailure;
import dev.fieldcrm.core.notify.SmsMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sns.SnsClient;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SNS Publish for SMS and push over real HTTP (WireMock stub of the query protocol). */
class SnsSendersTest {
    private static final WireMockServer STUB = new WireMockServer(com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort());
    private static final String ENDPOINT = "arn:aws:sns:eu-central-1:123456789012:endpoint/GCM/fieldcrm-android/0f3c";
    private static SnsClient sns;
    private final List<String> disabled = new ArrayList<>();

    @BeforeAll
    static void start() {
        STUB.start();
        sns = AwsNotifyClients.sns(Optional.of(URI.create(STUB.baseUrl())), "eu-central-1");
    }

    @AfterAll
    static void stop() {
        sns.close();
        STUB.stop();
    }

    @BeforeEach
    void reset() {
        STUB.resetAll();
    }

    @Test
    void anSms_isPublishedToThePhoneNumberAsTransactionalWithTheSenderId() {
        SnsStub.answer(STUB, "Publish", "<MessageId>sms-1</MessageId>");

        String id = new SnsSmsSender(sns, Optional.of("FieldCRM")).send(new SmsMessage("+79001234567", "Встреча в 10:00"));

        assertThat(id).isEqualTo("sms-1");
        Map<String, String> form = SnsStub.requests(STUB, "Publish").getFirst();
        assertThat(form).containsEntry("PhoneNumber", "+79001234567").containsEntry("Message", "Встреча в 10:00")
                .doesNotContainKey("TargetArn");
        assertThat(SnsStub.entries(form, "MessageAttributes", "Name", "Value.StringValue")).containsOnly(
                Map.entry("AWS.SNS.SMS.SMSType", "Transactional"), Map.entry("AWS.SNS.SMS.SenderID", "FieldCRM"));
        assertThat(SnsStub.entries(form, "MessageAttributes", "Name", "Value.DataType")).containsValues("String", "String");
    }

    @Test
    void aPush_isPublishedToTheEndpointWithAPayloadPerPlatform() throws Exception {
        SnsStub.answer(STUB, "Publish", "<MessageId>push-1</MessageId>");
        PushMessage push = new PushMessage(ENDPOINT, "Встреча через 15 минут", "ООО «Ромашка», 10:00", Map.of("link", "fieldcrm://tasks/01J"));

        String id = new SnsPushSender(sns, new com.fasterxml.jackson.databind.ObjectMapper(), disabled::add).send(push);

        assertThat(id).isEqualTo("push-1");
        Map<String, String> form = SnsStub.requests(STUB, "Publish").getFirst();
        assertThat(form).containsEntry("TargetArn", ENDPOINT).containsEntry("MessageStructure", "json");
        ObjectMapper json = new ObjectMapper();
        JsonNode message = json.readTree(form.get("Message"));
        assertThat(message.path("default").asText()).isEqualTo("Встреча через 15 минут: ООО «Ромашка», 10:00");
        JsonNode fcm = json.readTree(message.path("GCM").asText()).path("fcmV1Message").path("message");
        assertThat(fcm.path("notification").path("title").asText()).isEqualTo("Встреча через 15 минут");
        assertThat(fcm.path("notification").path("body").asText()).isEqualTo("ООО «Ромашка», 10:00");
        assertThat(fcm.path("data").path("link").asText()).isEqualTo("fieldcrm://tasks/01J");
        for (String apnsKey : List.of("APNS", "APNS_SANDBOX")) {
            JsonNode apns = json.readTree(message.path(apnsKey).asText());
            assertThat(apns.path("aps").path("alert").path("title").asText()).isEqualTo("Встреча через 15 минут");
            assertThat(apns.path("aps").path("alert").path("body").asText()).isEqualTo("ООО «Ромашка», 10:00");
            assertThat(apns.path("link").asText()).isEqualTo("fieldcrm://tasks/01J");
        }
        assertThat(disabled).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "400, Throttled, THROTTLED",
            "429, Throttling, THROTTLED",
            "500, InternalError, TRANSIENT",
            "502, BadGateway, TRANSIENT",
            "400, InvalidParameter, PERMANENT",
            "400, OptedOut, PERMANENT",
            "403, AuthorizationError, PERMANENT"})
    void anSnsErrorOnSms_isClassified(int status, String code, SendFailure.Kind expected) {
        SnsStub.fail(STUB, "Publish", status, code);

        assertThatThrownBy(() -> new SnsSmsSender(sns, Optional.empty()).send(new SmsMessage("+79001234567", "hi")))
                .isInstanceOfSatisfying(SendFailure.class, f -> assertThat(f.kind()).isEqualTo(expected))
                .hasMessageContaining(code);
        assertThat(STUB.getAllServeEvents()).hasSize(1);
    }

    @Test
    void aDisabledEndpoint_isAPermanentFailure_andReportedSoTheDeviceIsDisabled() {
        SnsStub.fail(STUB, "Publish", 400, "EndpointDisabled");

        assertThatThrownBy(() -> new SnsPushSender(sns, new com.fasterxml.jackson.databind.ObjectMapper(), disabled::add).send(new PushMessage(ENDPOINT, "t", "b", Map.of())))
                .isInstanceOfSatisfying(SendFailure.class, f -> assertThat(f.kind()).isEqualTo(SendFailure.Kind.PERMANENT));
        assertThat(disabled).containsExactly(ENDPOINT);
    }

    @Test
    void aThrottledPush_isThrottled_andTheDeviceIsKept() {
        SnsStub.fail(STUB, "Publish", 400, "Throttled");

        assertThatThrownBy(() -> new SnsPushSender(sns, new com.fasterxml.jackson.databind.ObjectMapper(), disabled::add).send(new PushMessage(ENDPOINT, "t", "b", Map.of())))
                .isInstanceOfSatisfying(SendFailure.class, f -> assertThat(f.kind()).isEqualTo(SendFailure.Kind.THROTTLED));
        assertThat(disabled).isEmpty();
    }
}
