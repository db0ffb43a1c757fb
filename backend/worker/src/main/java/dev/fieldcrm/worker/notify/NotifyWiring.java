package dev.fieldcrm.worker.notify;

import dev.fieldcrm.core.dynamo.NotifyServices;
import dev.fieldcrm.core.events.ScheduledJob;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.DailySendCaps;
import dev.fieldcrm.core.notify.DeadLetters;
import dev.fieldcrm.core.notify.EmailSender;
import dev.fieldcrm.core.notify.NotifySettings;
import dev.fieldcrm.core.notify.Outbox;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.notify.PushSender;
import dev.fieldcrm.core.notify.Renderer;
import dev.fieldcrm.core.notify.SmsSender;
import dev.fieldcrm.core.notify.Suppressions;
import dev.fieldcrm.worker.config.WorkerConfig;
import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The Postman and its adapters, chosen by {@code fieldcrm.notify.mode}.
 *
 * <p><b>The sender switch.</b> Provider senders are looked up, never injected directly: each mode's producers carry
 * {@code @LookupIfProperty(name = "fieldcrm.notify.mode", stringValue = …)} — {@code capture} here, {@code aws}
 * (with {@code lookupIfMissing = true}, aws being the default) on the SES/SNS producers — and {@link #notify} takes the
 * one that matches through {@link Instance#get()}. The capturing senders' own types stay injectable for tests.
 * The {@link Renderer} here is a {@link DefaultBean}: the Qute renderer, once present, replaces it.
 */
@ApplicationScoped
public class NotifyWiring {
    static final String MODE = "fieldcrm.notify.mode";

    @Produces @Singleton Outbox outbox(NotifyConfig config, Clock clock) {
        return new Outbox(config.captureDir(), clock);
    }

    @Produces @Singleton @LookupIfProperty(name = MODE, stringValue = "capture")
    CapturingEmailSender capturingEmail(Outbox outbox) {
        return new CapturingEmailSender(outbox);
    }

    @Produces @Singleton @LookupIfProperty(name = MODE, stringValue = "capture")
    CapturingSmsSender capturingSms(Outbox outbox) {
        return new CapturingSmsSender(outbox);
    }

    @Produces @Singleton @LookupIfProperty(name = MODE, stringValue = "capture")
    CapturingPushSender capturingPush(Outbox outbox) {
        return new CapturingPushSender(outbox);
    }

    @Produces @Singleton @DefaultBean Renderer plainRenderer() {
        return new PlainTextRenderer();
    }

    @Produces @Singleton @Typed(CapturingDeadLetters.class) CapturingDeadLetters capturingDeadLetters(NotifyConfig config) {
        return new CapturingDeadLetters(config.captureDir());
    }

    /** Mode aws: the SQS queue; mode capture: files beside the outbox. */
    @Produces @Singleton DeadLetters deadLetters(NotifyConfig config, Instance<CapturingDeadLetters> captured,
                                                 Instance<SqsClient> sqs) {
        if (config.mode() == NotifyConfig.Mode.CAPTURE) {
            return captured.get();
        }
        String queueUrl = config.deadLetterQueueUrl().orElseThrow(() -> new IllegalStateException(
                "fieldcrm.notify.dead-letter-queue-url must be set in mode aws"));
        return new SqsDeadLetters(sqs.get(), queueUrl);
    }

    @Produces @Singleton SqsClient sqs(NotifyConfig config, WorkerConfig worker) {
        return SqsDeadLetters.client(config.sqsEndpoint(), worker.dynamodb().region());
    }

    void close(@Disposes SqsClient sqs) {
        sqs.close();
    }

    @Produces @Singleton NotifyServices notify(DynamoDbClient dynamo,
                                               WorkerConfig worker, NotifyConfig config, Clock clock, Renderer renderer,
                                               Instance<EmailSender> email, Instance<SmsSender> sms,
                                               Instance<PushSender> push, DeadLetters deadLetters) {
        NotifySettings settings = NotifySettings.defaults().withMaxAttempts(config.maxAttempts())
                .withBackoff(config.backoffBase(), config.backoffCap()).withLease(config.lease())
                .withDailyCaps(dailyCaps(config.dailyCap()));
        return NotifyServices.onDynamo(dynamo, worker.table(), worker.defaultPhoneRegion(), clock, renderer,
                email.get(), sms.get(), push.get(), deadLetters, settings);
    }

    static DailySendCaps dailyCaps(NotifyConfig.DailyCap config) {
        Map<String, Map<Channel, Long>> perTenant = new HashMap<>();
        config.tenants().forEach((tenantId, own) -> {
            Map<Channel, Long> caps = new EnumMap<>(Channel.class);
            own.email().ifPresent(cap -> caps.put(Channel.EMAIL, cap));
            own.sms().ifPresent(cap -> caps.put(Channel.SMS, cap));
            own.push().ifPresent(cap -> caps.put(Channel.PUSH, cap));
            perTenant.put(tenantId, caps);
        });
        return DailySendCaps.of(config.email(), config.sms(), config.push()).withOverrides(perTenant);
    }

    /** The only way to send, for reminders, mailings, lead notifications. */
    @Produces @Singleton Postman postman(NotifyServices notify) {
        return notify.postman();
    }

    /** For bounce and complaint handling and unsubscribes. */
    @Produces @Singleton Suppressions suppressions(NotifyServices notify) {
        return notify.suppressions();
    }

    /** Sends failed deliveries again (and takes over abandoned claims) once a minute. */
    @Produces @Singleton ScheduledJob deliveryRetries(NotifyServices notify) {
        return notify.retries();
    }
}
