package dev.fieldcrm.api.local;

import dev.fieldcrm.core.notify.CapturedMessage;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.Outbox;
import io.quarkus.test.junit.QuarkusTest;
import dev.fieldcrm.api.config.FieldCrmConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static dev.fieldcrm.api.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The local run's outbox page: what the worker captured, newest first, and each email's rendered HTML. */
@QuarkusTest
class LocalOutboxTest {
    @Inject FieldCrmConfig config;

    @Test
    void capturedMessages_areListedNewestFirst_andAnEmailsHtmlOpens() {
        Outbox outbox = new Outbox(config.notifications().captureDir(), Clock.systemUTC());
        CapturedMessage sms = outbox.write(Channel.SMS, "+79123456789", null, "Встреча в 10:00", null, Map.of());
        CapturedMessage email = outbox.write(Channel.EMAIL, "rep1@example.com", "Your day", "3 tasks",
                "<h1>Your day</h1>", Map.of("List-Unsubscribe", "<https://example.com/u>"));

        List<String> files = anonymous().get("/api/v1/local/outbox").then().statusCode(200)
                .extract().jsonPath().getList("file");

        assertThat(files).containsSubsequence(email.file(), sms.file());
        anonymous().get("/api/v1/local/outbox/" + email.htmlFile()).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("<h1>Your day</h1>"));
        anonymous().get("/api/v1/local/outbox/" + sms.file()).then().statusCode(200)
                .body(containsString("Встреча в 10:00"));
    }

    @Test
    void aFileOutsideTheOutbox_cannotBeRead() {
        anonymous().get("/api/v1/local/outbox/..%2F..%2Fpom.xml").then().statusCode(404);
        anonymous().get("/api/v1/local/outbox/.partial-x.tmp").then().statusCode(404);
        anonymous().get("/api/v1/local/outbox/no-such-file.html").then().statusCode(404);
    }
}
