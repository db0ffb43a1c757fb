package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.normalize.Phones;
import dev.fieldcrm.core.notify.DailySendCap;
import dev.fieldcrm.core.notify.DeadLetters;
import dev.fieldcrm.core.notify.DeliveryRetries;
import dev.fieldcrm.core.notify.EmailSender;
import dev.fieldcrm.core.notify.NotifySettings;
import dev.fieldcrm.core.notify.Pause;
import dev.fieldcrm.core.notify.PushSender;
import dev.fieldcrm.core.notify.ReliablePostman;
import dev.fieldcrm.core.notify.Renderer;
import dev.fieldcrm.core.notify.SmsSender;
import dev.fieldcrm.core.notify.SuppressedAddresses;
import dev.fieldcrm.core.notify.SuppressionAdmin;
import dev.fieldcrm.core.notify.Suppressions;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The Postman and what belongs to it, on the table. Separate from {@link CoreServices} because it needs ports only the
 * worker has (renderer, provider senders, dead letters); the API only gets the suppression list ({@link #suppressions}).
 *
 * @param postman      the only way to send
 * @param retries      the scheduled job that sends failed deliveries again
 * @param deliveries   delivery records (read by tests and operators' tools)
 * @param suppressions the suppression list (fed by bounces, complaints, unsubscribes)
 */
public record NotifyServices(ReliablePostman postman, DeliveryRetries retries, DynamoDeliveries deliveries,
                             Suppressions suppressions) {

    /** The Postman with real pauses and a thread-safe random source for the jitter. */
    public static NotifyServices onDynamo(DynamoDbClient dynamo, String table, String phoneRegion, Clock clock,
                                          Renderer renderer, EmailSender email, SmsSender sms, PushSender push,
                                          DeadLetters deadLetters, NotifySettings settings) {
        RandomGenerator jitter = () -> ThreadLocalRandom.current().nextLong();
        return onDynamo(dynamo, table, phoneRegion, clock, renderer, email, sms, push, deadLetters, settings,
                Pause.sleeping(), jitter);
    }

    /** As above with the pause and the jitter's random source given (tests: no waiting, a fixed seed). */
    public static NotifyServices onDynamo(DynamoDbClient dynamo, String table, String phoneRegion, Clock clock,
                                          Renderer renderer, EmailSender email, SmsSender sms, PushSender push,
                                          DeadLetters deadLetters, NotifySettings settings, Pause pause,
                                          RandomGenerator random) {
        DynamoDeliveries deliveries = new DynamoDeliveries(dynamo, table);
        Suppressions suppressions = suppressions(dynamo, table, phoneRegion, clock);
        DailySendCap dailyCap = new DailySendCap(new DynamoSendQuota(dynamo, table), settings.dailyCaps(), clock);
        ReliablePostman postman = new ReliablePostman(deliveries, suppressions, renderer, email, sms, push, deadLetters,
                dailyCap, settings, clock, pause, random);
        return new NotifyServices(postman, new DeliveryRetries(deliveries, postman, settings), deliveries, suppressions);
    }

    /** The suppression list alone (the API's admin endpoints, unsubscribe links, bounce handling). */
    public static Suppressions suppressions(DynamoDbClient dynamo, String table, String phoneRegion, Clock clock) {
        return new DynamoSuppressions(dynamo, table, new SuppressedAddresses(new Phones(phoneRegion)), clock);
    }

    /** The admins' use cases on the suppression list. */
    public static SuppressionAdmin suppressionAdmin(Suppressions suppressions) {
        return new SuppressionAdmin(suppressions);
    }
}
