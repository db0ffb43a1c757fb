package dev.fieldcrm.iac;

import software.amazon.awscdk.Acknowledgment;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Validations;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SnsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsDlq;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

import java.util.List;

/**
 * What starts the worker's functions (ADR 17/18): the table's stream, an EventBridge rule once a minute, and SES's
 * bounce/complaint topic. Each trigger's failures end in an SQS queue that an alarm watches.
 */
public final class WorkerTriggers extends Construct {
    /** ADR 18: batches of at most 100 records. */
    static final int STREAM_BATCH_SIZE = 100;
    /** After this many retries of a failing record the shard moves on and the record's position goes to the DLQ. */
    static final int STREAM_RETRIES = 10;

    private final Queue streamFailures;
    private final Queue asyncFailures;

    public WorkerTriggers(Construct scope, String id, StageSettings stage) {
        super(scope, id);
        streamFailures = queue("StreamFailures", stage.resourceName("stream-failures"));
        asyncFailures = queue("AsyncFailures", stage.resourceName("worker-failures"));
    }

    /** Failed invocations of the schedule and SES-notification functions (after Lambda's own retries). */
    public Queue asyncFailures() {
        return asyncFailures;
    }

    public Queue streamFailures() {
        return streamFailures;
    }

    /**
     * Stream records in order per shard; the handler reports the first failed record so later ones come again
     * (ADR 18); bisecting isolates a poison record; after {@link #STREAM_RETRIES} its batch's description goes to
     * the queue and the shard goes on.
     */
    public void stream(JavaFunction.Deployed worker, DataTable table) {
        worker.alias().addEventSource(DynamoEventSource.Builder.create(table.table())
                .startingPosition(StartingPosition.TRIM_HORIZON)
                .batchSize(STREAM_BATCH_SIZE)
                .maxBatchingWindow(Duration.seconds(1))
                .bisectBatchOnError(true)
                .reportBatchItemFailures(true)
                .retryAttempts(STREAM_RETRIES)
                .maxRecordAge(Duration.hours(24))
                .parallelizationFactor(1)
                .onFailure(new SqsDlq(streamFailures))
                .build());
    }

    /**
     * The minute's tick: EventBridge's scheduled event, the {@code ScheduledEvent} shape {@code ScheduleHandler}
     * reads ({@code time}, empty {@code detail}). A missed tick is caught up by the next (checkpoints), so a failed
     * delivery is retried briefly and then parked.
     */
    public void everyMinute(JavaFunction.Deployed worker) {
        Rule.Builder.create(this, "EveryMinute")
                .schedule(Schedule.rate(Duration.minutes(1)))
                .targets(List.of(LambdaFunction.Builder.create(worker.alias())
                        .retryAttempts(2)
                        .maxEventAge(Duration.minutes(5))
                        .deadLetterQueue(asyncFailures)
                        .build()))
                .build();
    }

    /** SES bounces and complaints, as the configuration set publishes them to SNS. */
    public void sesNotifications(JavaFunction.Deployed worker, Messaging messaging) {
        worker.alias().addEventSource(SnsEventSource.Builder.create(messaging.sesEvents())
                .deadLetterQueue(asyncFailures)
                .build());
        // The validator expects a function, but SNS invokes an alias ARN like any qualified function ARN, and the
        // alias is what carries SnapStart's published version.
        Validations.of(worker.alias()).acknowledge(Acknowledgment.builder().id("CloudFormation-Validate::W3694")
                .reason("SNS subscriptions to a Lambda alias ARN are valid").build());
    }

    private Queue queue(String id, String name) {
        return Queue.Builder.create(this, id)
                .queueName(name)
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
    }
}
