package dev.fieldcrm.worker.aws;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.fieldcrm.core.notify.EmailMessage;
import dev.fieldcrm.core.notify.SendFailure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SES v2 error responses (REST-JSON, stubbed over real HTTP) map to throttled, transient or permanent failures. */
class SesErrorMappingTest {
    private static final WireMockServer STUB = new WireMockServer(options().dynamicPort());
    private static SesV2Client ses;

    @BeforeAll
    static void start() {
        STUB.start();
        ses = AwsNotifyClients.ses(Optional.of(URI.create(STUB.baseUrl())), "eu-central-1");
    }

    @AfterAll
    static void stop() {
        ses.close();
        STUB.stop();
    }

    @BeforeEach
    void reset() {
        STUB.resetAll();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "429, TooManyRequestsException, THROTTLED",
            "400, Throttling, THROTTLED",
            "400, LimitExceededException, THROTTLED",
            "500, InternalFailure, TRANSIENT",
            "503, ServiceUnavailable, TRANSIENT",
            "400, MessageRejected, PERMANENT",
            "400, MailFromDomainNotVerifiedException, PERMANENT",
            "400, BadRequestException, PERMANENT",
            "404, NotFoundException, PERMANENT"})
    void anSesError_isClassified(int status, String code, SendFailure.Kind expected) {
        STUB.stubFor(post(urlEqualTo("/v2/email/outbound-emails")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withHeader("x-amzn-ErrorType", code)
                .withBody("{\"__type\":\"" + code + "\",\"message\":\"stubbed " + code + "\"}")));
        SesEmailSender sender = new SesEmailSender(ses, "notify@crm.example.com", Optional.empty());

        assertThatThrownBy(() -> sender.send(new EmailMessage("anna@example.com", "s", "<p>h</p>", "t", Map.of())))
                .isInstanceOfSatisfying(SendFailure.class, f -> assertThat(f.kind()).isEqualTo(expected))
                .hasMessageContaining(code);
        // no SDK retries: the Postman decides when to try again
        assertThat(STUB.getAllServeEvents()).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void anUnreachableSes_isATransientFailure() {
        try (SesV2Client nowhere = AwsNotifyClients.ses(Optional.of(URI.create("http://127.0.0.1:1")), "eu-central-1")) {
            SesEmailSender sender = new SesEmailSender(nowhere, "notify@crm.example.com", Optional.empty());

            assertThatThrownBy(() -> sender.send(new EmailMessage("anna@example.com", "s", "<p>h</p>", "t", Map.of())))
                    .isInstanceOfSatisfying(SendFailure.class, f -> assertThat(f.kind()).isEqualTo(SendFailure.Kind.TRANSIENT));
        }
    }
}
