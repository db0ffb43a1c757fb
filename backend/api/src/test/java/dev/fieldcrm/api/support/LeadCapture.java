package dev.fieldcrm.api.support;

import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.InboundServices;
import dev.fieldcrm.core.dynamo.LeadServices;
import dev.fieldcrm.core.dynamo.ReminderServices;
import dev.fieldcrm.core.dynamo.StreamImages;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.leads.InboundProcessing;
import dev.fieldcrm.core.leads.IntakeTerms;
import dev.fieldcrm.core.reminders.Notifications;
import dev.fieldcrm.core.reminders.RecipientDevices;
import dev.fieldcrm.core.reminders.RecordingPostman;
import dev.fieldcrm.core.shared.Sleep;
import dev.fieldcrm.dynamodblocal.StreamPump;
import org.eclipse.microprofile.config.ConfigProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The worker's lead capture inside the API's test JVM, which has no worker: reads the test table's real stream
 * (DynamoDB Local) and hands each change to the core's {@link InboundProcessing}, built from the core as the worker's
 * {@code LeadsWiring} builds it. Only the lead notification's sending is a stand-in ({@link RecordingPostman}: real
 * email and SMS are the edge a test cannot reach). It sees only what is written after it was made, and processes
 * only the changes of the tenant it is asked about: other tests' requests in the shared table stay unprocessed, as
 * they would be without it.
 */
public final class LeadCapture {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final StreamPump pump;
    private final InboundProcessing processing;
    private final List<ChangeListener> others;

    private LeadCapture(List<ChangeListener> others) {
        this.others = List.copyOf(others);
        DynamoDbClient dynamo = DynamoDbLocalResource.client();
        String table = DynamoDbLocalResource.TABLE;
        String phoneRegion = ConfigProvider.getConfig().getValue("fieldcrm.default-phone-region", String.class);
        Clock clock = Clock.systemUTC();
        LeadServices leads = LeadServices.onDynamo(dynamo, table, clock);
        IntakeTerms.Source terms = tenantId -> IntakeTerms.of(leads.settings().get(tenantId));
        Notifications notifications = ReminderServices.onDynamo(dynamo, table, phoneRegion, clock, new RecordingPostman(),
                RecipientDevices.none(), 1).notifications();
        this.processing = InboundServices.processing(dynamo, table, CoreServices.onDynamo(dynamo, table, phoneRegion, clock),
                terms, leads.assigner(), notifications, clock);
        this.pump = StreamPump.of(DynamoDbLocalResource.endpoint(), table);
        pump.skipToEnd();
    }

    /** Lead capture of what is stored from now on. */
    public static LeadCapture fromNow() {
        return new LeadCapture(List.of());
    }

    /** The same, also handing each change of the tenant to {@code others} (e.g. the aggregates' listener). */
    public static LeadCapture fromNow(ChangeListener... others) {
        return new LeadCapture(List.of(others));
    }

    /**
     * Processes the stream's new changes of {@code tenantId}, again and again, until {@code done} holds (the stream
     * may show a write a moment later than the write's answer); fails after 15 seconds.
     */
    public void processUntil(String tenantId, BooleanSupplier done) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            pump.drainRecordsTo(records -> process(tenantId, records));
            if (done.getAsBoolean()) {
                return;
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("not processed within " + PATIENCE);
            }
            Sleep.quietly(Duration.ofMillis(50));
        }
    }

    /** One batch, in order, as the worker's stream handler does; a failure fails the test (no retry here). */
    private String process(String tenantId, List<Record> records) {
        try {
            for (Record record : records) {
                var stream = record.dynamodb();
                StreamImages.change(record.eventID(), stream.keys(), stream.oldImage(), stream.newImage())
                        .filter(change -> change.tenantId().equals(tenantId))
                        .ifPresent(change -> {
                            processing.on(change);
                            others.forEach(listener -> listener.on(change));
                        });
            }
        } finally {
            processing.batchEnded();
            others.forEach(ChangeListener::batchEnded);
        }
        return null;
    }
}
