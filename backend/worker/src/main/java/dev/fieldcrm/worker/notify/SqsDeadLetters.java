package dev.fieldcrm.worker.notify;

import dev.fieldcrm.core.dynamo.AwsClients;
import dev.fieldcrm.core.notify.DeadLetter;
import dev.fieldcrm.core.notify.DeadLetters;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.util.Optional;

/**
 * Mode aws: parks messages on the SQS dead-letter queue ({@code fieldcrm.notify.dead-letter-queue-url}), one
 * SendMessage each, the body as {@link DeadLetterJson}. The
 * delivery itself stays in the table as PARKED; the queue is what operators' alarms watch and what a replay reads.
 */
public final class SqsDeadLetters implements DeadLetters {
    private final SqsClient sqs;
    private final String queueUrl;

    public SqsDeadLetters(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    /**
     * The SQS client: URL-connection HTTP client (fast Lambda start), credentials from the Lambda environment; with an
     * endpoint (a local stub) any credentials.
     */
    public static SqsClient client(Optional<URI> endpoint, String region) {
        return AwsClients.configure(SqsClient.builder(), endpoint, region, UrlConnectionHttpClient.builder()).build();
    }

    @Override
    public void park(DeadLetter letter) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(DeadLetterJson.of(letter)));
    }
}
