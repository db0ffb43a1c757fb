package dev.fieldcrm.worker.notify;

import dev.fieldcrm.core.notify.DeadLetter;
import dev.fieldcrm.core.notify.DeadLetters;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

import java.util.Map;

/**
 * Mode aws: parks messages on the SQS dead-letter queue ({@code fieldcrm.notify.dead-letter-queue-url}), one
 * SendMessage each, the body as {@link DeadLetterJson}, the tenant as a message attribute for filtering. The
 * delivery itself stays in the table as PARKED; the queue is what operators' alarms watch and what a replay reads.
 */
public final class SqsDeadLetters implements DeadLetters {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsDeadLetters(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void park(DeadLetter letter) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(DeadLetterJson.of(letter))
                .messageAttributes(Map.of("tenant", MessageAttributeValue.builder()
                        .dataType("String").stringValue(letter.tenantId()).build())));
    }
}
