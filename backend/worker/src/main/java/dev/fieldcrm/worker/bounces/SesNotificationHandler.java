package dev.fieldcrm.worker.bounces;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import jakarta.inject.Named;

/**
 * The worker's trigger for the SNS topic SES publishes bounces and complaints to (the configuration set's event
 * destination): {@code QUARKUS_LAMBDA_HANDLER=ses-notifications}. Each SNS record's message is one SES notification.
 * A failure (the table unreachable) throws, so Lambda retries the asynchronous invocation; applying a notification
 * twice is harmless.
 */
@Named("ses-notifications")
public class SesNotificationHandler implements RequestHandler<SNSEvent, Integer> {
    private final SesNotifications notifications;

    SesNotificationHandler(SesNotifications notifications) {
        this.notifications = notifications;
    }

    /** @return how many addresses the notifications asked to suppress */
    @Override
    public Integer handleRequest(SNSEvent event, Context context) {
        int suppressed = 0;
        if (event.getRecords() != null) {
            for (SNSEvent.SNSRecord record : event.getRecords()) {
                suppressed += notifications.apply(record.getSNS().getMessage()).size();
            }
        }
        return suppressed;
    }
}
