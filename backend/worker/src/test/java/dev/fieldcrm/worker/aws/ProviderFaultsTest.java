package dev.fieldcrm.worker.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.fieldcrm.core.dynamo.NotifyServices;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.DeadLetter;
import dev.fieldcrm.core.notify.Delivery;
import dev.fieldcrm.core.notify.DeliveryStatus;
import dev.fieldcrm.core.notify.EmailMessage;
import dev.fieldcrm.core.notify.NotifySettings;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.PushMessage;
import dev.fieldcrm.core.notify.SendFailure;
import dev.fieldcrm.core.notify.SmsMessage;
import dev.fieldcrm.core.testing.LocalTable;
import dev.fieldcrm.core.testing.TestClock;
import dev.fieldcrm.worker.notify.PlainTextRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 10, SES and SNS failures through the real adapters: the SDK's own exceptions (raised by an interceptor in the
 * real clients, as the SDK raises them) are classified throttled / transient / permanent; then, through the Postman
 * on DynamoDB Local and the SES emulator, with a fifth of the SES calls failing: transient failures are retried
 * later, permanent ones parked in the dead letters, and no message reaches SES twice — except when SES accepted it
 * and its answer was lost (a read timeout), the one provider-side window of ADR 21, shown here as it is.
 */
class ProviderFaultsTest {
    private static final WireMockServer SNS_STUB = new WireMockServer(options().dynamicPort());
    private static final ProviderFaults FAULTS = new ProviderFaults();
    private static SesEmulator emulator;
    private static SesV2Client ses;
    private static SnsClient sns;

    private final TestClock clock = new TestClock(Instant.parse("2026-12-06T08:00:00Z"));
    private final NotifySettings settings = NotifySettings.defaults();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        emulator = SesEmulator.start();
        SNS_STUB.start();
        ses = AwsNotifyClients.ses(Optional.of(emulator.endpoint()), "eu-central-1", List.of(FAULTS));
        sns = AwsNotifyClients.sns(Optional.of(URI.create(SNS_STUB.baseUrl())), "eu-central-1", List.of(FAULTS));
    }

    @AfterAll
    static void stop() {
        ses.close();
        sns.close();
        emulator.close();
        SNS_STUB.stop();
    }

    @BeforeEach
    void noFaults() {
        FAULTS.reset();
        SNS_STUB.resetAll();
        SnsStub.answer(SNS_STUB, "Publish", "<MessageId>sns-1</MessageId>");
    }

    private SesEmailSender email() {
        return new SesEmailSender(ses, "notify@crm.example.com", Optional.empty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "SES_THROTTLED, THROTTLED", "SES_SERVER_ERROR, TRANSIENT", "SES_REJECTED, PERMANENT", "TIMEOUT, TRANSIENT",
            "TIMEOUT_AFTER_ACCEPTED, TRANSIENT"})
    void anSdkExceptionOfSes_isClassified(ProviderFaults.Fault fault, SendFailure.Kind kind) {
        FAULTS.always(fault);

        assertThatThrownBy(() -> email().send(new EmailMessage("anna@example.com", "s", "<p>h</p>", "t", Map.of())))
                .isInstanceOfSatisfying(SendFailure.class, failure -> assertThat(failure.kind()).isEqualTo(kind));
        assertThat(FAULTS.injected(fault)).isPositive();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SNS_THROTTLED, THROTTLED", "SNS_SERVER_ERROR, TRANSIENT", "SNS_INVALID, PERMANENT", "TIMEOUT, TRANSIENT"})
    void anSdkExceptionOfSns_isClassified_forSms(ProviderFaults.Fault fault, SendFailure.Kind kind) {
        FAULTS.always(fault);

        assertThatThrownBy(() -> new SnsSmsSender(sns, Optional.empty()).send(new SmsMessage("+79001234567", "Встреча")))
                .isInstanceOfSatisfying(SendFailure.class, failure -> assertThat(failure.kind()).isEqualTo(kind));
    }

    @Test
    void aDisabledPushEndpoint_isAPermanentFailure_andTheEndpointIsReported() {
        FAULTS.always(ProviderFaults.Fault.SNS_ENDPOINT_DISABLED);
        List<String> disabled = new ArrayList<>();
        String endpoint = "arn:aws:sns:eu-central-1:123456789012:endpoint/GCM/fieldcrm-android/dead";

        assertThatThrownBy(() -> new SnsPushSender(sns, new ObjectMapper(), disabled::add)
                .send(new PushMessage(endpoint, "t", "b", Map.of())))
                .isInstanceOfSatisfying(SendFailure.class, f -> assertThat(f.kind()).isEqualTo(SendFailure.Kind.PERMANENT));
        assertThat(disabled).containsExactly(endpoint);
    }

    @Test
    void withAFifthOfTheSesCallsFailing_eachMessageReachesSesOnceOrIsParked_andNoneIsLost() throws Exception {
        NotifyServices notify = postman(email());
        String run = "mix" + System.nanoTime();
        List<Outgoing> messages = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            messages.add(new Outgoing("acme", run + "#" + i + "#EMAIL", Channel.EMAIL, run + "-" + i + "@example.com",
                    "digest", null, Map.of("n", i), null));
        }
        FAULTS.mix(0.2, 2026, ProviderFaults.Fault.SES_THROTTLED, ProviderFaults.Fault.SES_SERVER_ERROR,
                ProviderFaults.Fault.SES_REJECTED, ProviderFaults.Fault.TIMEOUT);

        messages.forEach(notify.postman()::send);
        retryUntilQuiet(notify, messages);

        Map<String, Long> received = receivedBy(run);
        int sent = 0;
        for (Outgoing message : messages) {
            Delivery delivery = notify.deliveries().find("acme", message.id()).orElseThrow();
            long copies = received.getOrDefault(message.address(), 0L);
            if (delivery.status() == DeliveryStatus.SENT) {
                sent++;
                assertThat(copies).as("emails to " + message.address()).isEqualTo(1);
            } else {
                assertThat(delivery.status()).as(message.id()).isEqualTo(DeliveryStatus.PARKED);
                assertThat(copies).as("emails to " + message.address()).isZero();
                assertThat(deadLetters).extracting(DeadLetter::id).containsOnlyOnce(message.id());
            }
        }
        assertThat(FAULTS.injected(ProviderFaults.Fault.SES_REJECTED)).as("some permanent failures").isPositive();
        assertThat(deadLetters).hasSizeGreaterThanOrEqualTo(FAULTS.injected(ProviderFaults.Fault.SES_REJECTED));
        assertThat(sent + deadLetters.size()).isEqualTo(messages.size());
    }

    @Test
    void aTimeoutAfterSesAccepted_isRetriedAsTransient_soThatMessageReachesSesTwice() throws Exception {
        NotifyServices notify = postman(email());
        String run = "lost" + System.nanoTime();
        Outgoing message = new Outgoing("acme", run + "#EMAIL", Channel.EMAIL, run + "@example.com", "digest", null,
                Map.of(), null);
        FAULTS.always(ProviderFaults.Fault.TIMEOUT_AFTER_ACCEPTED);
        notify.postman().send(message);
        FAULTS.reset();

        retryUntilQuiet(notify, List.of(message));

        assertThat(notify.deliveries().find("acme", message.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(receivedBy(run)).containsEntry(message.address(), 2L);
    }

    private NotifyServices postman(SesEmailSender email) {
        return NotifyServices.onDynamo(LocalTable.client(), LocalTable.fresh(), "RU", clock, new PlainTextRenderer(), email,
                new SnsSmsSender(sns, Optional.empty()), new SnsPushSender(sns, new ObjectMapper(), endpoint -> { }),
                deadLetters::add, settings, pause -> { }, new SplittableRandom(5));
    }

    private void retryUntilQuiet(NotifyServices notify, List<Outgoing> messages) {
        for (int round = 0; round < 30 && !quiet(notify, messages); round++) {
            clock.advance(settings.backoffCap());
            notify.retries().run(clock.instant());
        }
        assertThat(quiet(notify, messages)).as("no delivery left waiting").isTrue();
    }

    private static boolean quiet(NotifyServices notify, List<Outgoing> messages) {
        return messages.stream().map(m -> notify.deliveries().find("acme", m.id()).orElseThrow().status())
                .noneMatch(s -> s == DeliveryStatus.FAILED || s == DeliveryStatus.SENDING);
    }

    /** Emails the emulator received for this run's addresses, counted per address. */
    private static Map<String, Long> receivedBy(String run) throws Exception {
        Map<String, Long> counts = new java.util.HashMap<>();
        for (JsonNode email : emulator.emails()) {
            String to = email.path("destination").path("to").path(0).asText();
            if (to.startsWith(run)) {
                counts.merge(to, 1L, Long::sum);
            }
        }
        return counts;
    }
}
