package dev.fieldcrm.worker.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.fieldcrm.core.webhooks.WebhookDeliveryStatus;
import dev.fieldcrm.core.webhooks.WebhookDelivery;
import dev.fieldcrm.core.webhooks.WebhookEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The SQS adapter through the real AWS SDK client, against a stub of SQS's JSON protocol. */
class SqsWebhookDeadLettersTest {
    private WireMockServer sqsStub;
    private SqsClient sqs;

    @BeforeEach
    void start() {
        sqsStub = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        sqsStub.start();
        sqsStub.stubFor(post("/").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.0")
                .withBody("{\"MessageId\":\"m-1\"}")));
        sqs = SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(sqsStub.baseUrl())).region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .checksumValidationEnabled(false)
                .build();
    }

    @AfterEach
    void stop() {
        sqs.close();
        sqsStub.stop();
    }

    @Test
    void aParkedDelivery_isSentToTheQueue_markedAsWebhook_withoutPayload() throws Exception {
        WebhookDelivery parked = new WebhookDelivery("D1", "S1", "E1", WebhookEvent.ORDER_SUBMITTED,
                Instant.parse("2026-11-23T10:00:00Z"), "{\"secret-ish\":\"payload\"}", WebhookDeliveryStatus.PARKED, 8, null,
                Instant.parse("2026-11-24T04:00:00Z"), 503, "down", "answered 503", null,
                Instant.parse("2026-11-23T10:00:00Z"), 0, 17);

        new SqsWebhookDeadLetters(sqs, "https://sqs.eu-central-1.amazonaws.com/123/fieldcrm-dlq",
                new com.fasterxml.jackson.databind.ObjectMapper())
                .park("acme", parked, "answered 503 (gave up after 8 attempts)");

        LoggedRequest sent = sqsStub.findAll(anyRequestedFor(anyUrl())).getFirst();
        assertThat(sent.getHeader("X-Amz-Target")).isEqualTo("AmazonSQS.SendMessage");
        JsonNode request = new ObjectMapper().readTree(sent.getBodyAsString());
        assertThat(request.get("QueueUrl").asText()).endsWith("/fieldcrm-dlq");
        assertThat(request.at("/MessageAttributes/kind/StringValue").asText()).isEqualTo("webhook");
        assertThat(request.at("/MessageAttributes/tenant/StringValue").asText()).isEqualTo("acme");
        JsonNode letter = new ObjectMapper().readTree(request.get("MessageBody").asText());
        assertThat(letter.get("deliveryId").asText()).isEqualTo("D1");
        assertThat(letter.get("subscriptionId").asText()).isEqualTo("S1");
        assertThat(letter.get("event").asText()).isEqualTo("ORDER_SUBMITTED");
        assertThat(letter.get("attempts").asInt()).isEqualTo(8);
        assertThat(letter.get("reason").asText()).contains("gave up after 8 attempts");
        assertThat(request.get("MessageBody").asText()).doesNotContain("payload");
    }
}
