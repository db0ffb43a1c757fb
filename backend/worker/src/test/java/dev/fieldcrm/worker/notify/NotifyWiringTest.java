package dev.fieldcrm.worker.notify;

import dev.fieldcrm.core.dynamo.NotifyServices;
import dev.fieldcrm.core.events.ScheduledJob;
import dev.fieldcrm.core.notify.CapturedMessage;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.DailySendCaps;
import dev.fieldcrm.core.notify.DeliveryStatus;
import dev.fieldcrm.core.notify.Outbox;
import dev.fieldcrm.core.notify.Outgoing;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.notify.SendOutcome;
import dev.fieldcrm.core.notify.SuppressionReason;
import dev.fieldcrm.core.notify.Suppressions;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.worker.support.DynamoCalls;
import io.quarkus.arc.All;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker's Postman as wired for the local run and tests (mode capture): sends land in the outbox. */
@QuarkusTest
class NotifyWiringTest {
    @Inject Postman postman;
    @Inject Suppressions suppressions;
    @Inject NotifyServices notify;
    @Inject CapturingEmailSender emails;
    @Inject CapturingSmsSender sms;
    @Inject Outbox outbox;
    @Inject DynamoCalls calls;
    @Inject @All List<ScheduledJob> jobs;
    @Inject NotifyConfig config;

    private static Outgoing email(String address) {
        return new Outgoing("acme", "wiring#" + Ids.newId() + "#EMAIL", Channel.EMAIL, address, "test",
                Locale.ENGLISH, Map.of("recipientName", "Anna", "note", "count=2"),
                Map.of("List-Unsubscribe", "<https://example.com/u/1>"));
    }

    @Test
    void inCaptureMode_anEmailIsWrittenToTheOutbox_asJsonAndHtml_andSentOnlyOnce() throws Exception {
        Outgoing message = email("rep1@example.com");
        calls.reset();

        SendOutcome outcome = postman.send(message);

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        assertThat(calls.made()).containsExactly("PutItem", "GetItem", "UpdateItem", "PutItem");
        String providerId = ((SendOutcome.Sent) outcome).providerMessageId();
        CapturedMessage captured = outbox.newest(50).stream()
                .filter(m -> m.providerMessageId().equals(providerId)).findFirst().orElseThrow();
        assertThat(captured.to()).isEqualTo("rep1@example.com");
        assertThat(captured.headers()).containsEntry("List-Unsubscribe", "<https://example.com/u/1>");
        assertThat(outbox.file(captured.htmlFile())).hasValueSatisfying(
                html -> assertThat(html).satisfies(p -> assertThat(Files.readString(p)).contains("count=2")));
        assertThat(notify.deliveries().find("acme", message.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);

        int before = emails.sent().size();
        assertThat(postman.send(message)).isInstanceOf(SendOutcome.AlreadySent.class);
        assertThat(emails.sent()).hasSize(before);
    }

    @Test
    void aSuppressedNumber_isNotSent_inAnySpelling() {
        suppressions.suppress("acme", "8 (912) 555-01-23", SuppressionReason.UNSUBSCRIBE, "test");
        int before = sms.sent().size();

        SendOutcome outcome = postman.send(new Outgoing("acme", "wiring#" + Ids.newId() + "#SMS", Channel.SMS,
                "+79125550123", "digest", null, Map.of(), null));

        assertThat(outcome).isEqualTo(new SendOutcome.Suppressed("UNSUBSCRIBE"));
        assertThat(sms.sent()).hasSize(before);
    }

    @Test
    void theDailyCaps_comeFromTheConfig_withATenantsOwnCap() {
        DailySendCaps caps = NotifyWiring.dailyCaps(config.dailyCap());

        assertThat(caps.of("acme", Channel.EMAIL)).isEqualTo(20_000);
        assertThat(caps.of("acme", Channel.SMS)).isEqualTo(2_000);
        assertThat(caps.of("acme", Channel.PUSH)).isEqualTo(50_000);
        assertThat(caps.of("capped", Channel.SMS)).isEqualTo(2);
        assertThat(caps.of("capped", Channel.EMAIL)).isEqualTo(20_000);
    }

    @Test
    void aTenantOverItsDailySmsCap_getsItsSmsRecordedCapped_notSent() {
        int before = sms.sent().size();
        List<SendOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            outcomes.add(postman.send(new Outgoing("capped", "wiring#" + Ids.newId() + "#SMS", Channel.SMS,
                    "+7912555012" + i, "test", Locale.ENGLISH,
                    Map.of("tenantName", "Capped", "recipientName", "Ann", "note", "See you at 10."), Map.of())));
        }

        assertThat(outcomes).as(outcomes.toString()).filteredOn(SendOutcome.Sent.class::isInstance).hasSize(2);
        assertThat(outcomes.get(2)).isEqualTo(new SendOutcome.Capped("daily SMS cap of 2 reached"));
        assertThat(sms.sent()).hasSize(before + 2);
    }

    @Test
    void theRetryJob_runsOnTheMinuteSchedule() {
        assertThat(jobs).extracting(ScheduledJob::name).contains("retry");
    }
}
