package dev.fieldcrm.worker.stream;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import dev.fieldcrm.core.dynamo.StreamImages;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import io.quarkus.arc.All;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table's DynamoDB stream trigger: decodes each record into a {@link Change} and hands it to every
 * {@link ChangeListener}. Records are processed in order; on the first failure the handler stops and reports that
 * record as the batch's failure, so Lambda retries from it on (ReportBatchItemFailures) and nothing after it is
 * skipped or applied out of order. At the end of every batch each listener is told ({@link ChangeListener#batchEnded}),
 * so one that works in the background (the webhook dispatcher's first attempts) waits for it within its budget.
 */
@Named("stream")
public class StreamHandler implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
    private static final Logger LOG = Logger.getLogger(StreamHandler.class);

    private final List<ChangeListener> listeners;

    StreamHandler(@All List<ChangeListener> listeners) {
        this.listeners = listeners;
    }

    @Override
    public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        try {
            handOver(event, failures);
        } finally {
            listeners.forEach(ChangeListener::batchEnded);
        }
        return StreamsEventResponse.builder().withBatchItemFailures(failures).build();
    }

    private void handOver(DynamodbEvent event, List<StreamsEventResponse.BatchItemFailure> failures) {
        for (DynamodbEvent.DynamodbStreamRecord record : event.getRecords()) {
            try {
                decode(record).ifPresent(change -> {
                    LOG.debugf("%s %s of tenant %s (event %s)", record.getEventName(), typeOf(change),
                            change.tenantId(), change.eventId());
                    listeners.forEach(listener -> listener.on(change));
                });
            } catch (RuntimeException e) {
                String sequence = record.getDynamodb().getSequenceNumber();
                LOG.errorf(e, "stream record %s (sequence %s) failed; the batch is retried from it", record.getEventID(), sequence);
                failures.add(StreamsEventResponse.BatchItemFailure.builder().withItemIdentifier(sequence).build());
                break;
            }
        }
    }

    private static String typeOf(Change change) {
        return (change.after() != null ? change.after() : change.before()).getClass().getSimpleName();
    }

    private static Optional<Change> decode(DynamodbEvent.DynamodbStreamRecord record) {
        var dynamodb = record.getDynamodb();
        return StreamImages.change(record.getEventID(), StreamAttributes.toSdk(dynamodb.getKeys()),
                StreamAttributes.toSdk(dynamodb.getOldImage()), StreamAttributes.toSdk(dynamodb.getNewImage()));
    }
}
