package dev.fieldcrm.worker.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.DeadLetter;
import dev.fieldcrm.core.notify.Outgoing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SqsException;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SQS dead-letter adapter through the real AWS SDK (JSON protocol, signing, the SDK's MD5 check of the message
 * body) against a WireMock stub that answers SendMessage as SQS does.
 */
class SqsDeadLettersTest {
    private static final String QUEUE = "https://sqs.eu-central-1.amazonaws.com/123456789012/fieldcrm-notify-dlq";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer sqsStub;
    private static SqsClient sqs;

    /** Answers SendMessage with the MD5 of the body received, as SQS does (the SDK checks it). */
    public static final class SendMessageAnswer implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent event) {
            try {
                String body = JSON.readTree(event.getRequest().getBodyAsString()).get("MessageBody").asText();
                byte[] md5 = MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8));
                String answer = JSON.writeValueAsString(Map.of("MD5OfMessageBody", String.format("%032x", new BigInteger(1, md5)),
                        "MessageId", "5fea7756-0ea4-451a-a703-a558b933e274"));
                return ResponseDefinition.okForJson(JSON.readTree(answer));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return "send-message-answer";
        }
    }

    @BeforeAll
    static void startStub() {
        sqsStub = new WireMockServer(options().dynamicPort().extensions(new SendMessageAnswer()));
        sqsStub.start();
        sqs = SqsDeadLetters.client(Optional.of(URI.create(sqsStub.baseUrl())), "eu-central-1");
    }

    @AfterAll
    static void stopStub() {
        sqs.close();
        sqsStub.stop();
    }

    @BeforeEach
    void reset() {
        sqsStub.resetAll();
    }

    private static DeadLetter letter() {
        Outgoing outgoing = new Outgoing("acme", "digest#rep1#2026-11-23#EMAIL", Channel.EMAIL, "rep1@example.com",
                "digest", Locale.forLanguageTag("ru"), Map.of("tasks", List.of("Позвонить Анне")),
                Map.of("List-Unsubscribe", "<https://example.com/u>"));
        return new DeadLetter("acme", outgoing.id(), outgoing, "PERMANENT: MessageRejected", 1);
    }

    @Test
    void aParkedMessage_isSentToTheQueue_asJsonWithTenantIdReasonAttemptsAndTheMessage() throws Exception {
        sqsStub.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AmazonSQS.SendMessage"))
                .willReturn(aResponse().withTransformers("send-message-answer")));

        new SqsDeadLetters(sqs, QUEUE).park(letter());

        List<LoggedRequest> requests = sqsStub.findAll(postRequestedFor(urlEqualTo("/")));
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.getHeader("Content-Type")).startsWith("application/x-amz-json-1.0");
            assertThat(request.getHeader("Authorization")).contains("/sqs/aws4_request");
        });
        JsonNode sent = JSON.readTree(requests.get(0).getBodyAsString());
        assertThat(sent.get("QueueUrl").asText()).isEqualTo(QUEUE);
        JsonNode body = JSON.readTree(sent.get("MessageBody").asText());
        assertThat(body.get("tenantId").asText()).isEqualTo("acme");
        assertThat(body.get("id").asText()).isEqualTo("digest#rep1#2026-11-23#EMAIL");
        assertThat(body.get("reason").asText()).isEqualTo("PERMANENT: MessageRejected");
        assertThat(body.get("attempts").asInt()).isEqualTo(1);
        assertThat(DeadLetterJson.read(sent.get("MessageBody").asText())).isEqualTo(letter());
    }

    @Test
    void aQueueThatRefuses_makesParkThrow_soThePostmanKeepsTheMessage() {
        sqsStub.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.0")
                .withHeader("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender")
                .withBody("{\"__type\":\"com.amazonaws.sqs#QueueDoesNotExist\",\"message\":\"The specified queue does not exist.\"}")));

        assertThatThrownBy(() -> new SqsDeadLetters(sqs, QUEUE).park(letter())).isInstanceOf(SqsException.class);
    }
}
