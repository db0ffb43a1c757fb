package dev.fieldcrm.worker.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The Postman's settings (environment variables in AWS: FIELDCRM_NOTIFY_MODE, FIELDCRM_NOTIFY_DEAD_LETTER_QUEUE_URL…). */
@ConfigMapping(prefix = "fieldcrm.notify")
public interface NotifyConfig {
    /** {@code aws}: SES/SNS and the SQS dead-letter queue; {@code capture}: files in {@link #captureDir()}. */
    @WithDefault("aws")
    Mode mode();

    /** Where captured messages (and, in capture mode, dead letters) are written. */
    @WithDefault(".local/outbox")
    Path captureDir();

    /** The SQS queue parked messages go to (mode aws). */
    Optional<String> deadLetterQueueUrl();

    /** Points the SQS client elsewhere (tests: a local stub); absent in AWS. */
    Optional<URI> sqsEndpoint();

    @WithDefault("5")
    int maxAttempts();

    @WithDefault("30s")
    Duration backoffBase();

    @WithDefault("1h")
    Duration backoffCap();

    @WithDefault("2m")
    Duration lease();

    /** Per tenant and UTC day, how many messages of each channel go to the provider; more are recorded CAPPED. */
    DailyCap dailyCap();

    /**
     * {@code fieldcrm.notify.daily-cap.email|sms|push} (env {@code FIELDCRM_NOTIFY_DAILY_CAP_SMS}…), and per tenant
     * {@code fieldcrm.notify.daily-cap.tenants."<tenant id>".sms} for a tenant whose day differs.
     */
    interface DailyCap {
        @WithDefault("20000")
        long email();

        @WithDefault("2000")
        long sms();

        @WithDefault("50000")
        long push();

        Map<String, TenantCap> tenants();
    }

    /** A tenant's own caps; a channel left out keeps the default. */
    interface TenantCap {
        Optional<Long> email();

        Optional<Long> sms();

        Optional<Long> push();
    }

    enum Mode {
        AWS, CAPTURE
    }
}
