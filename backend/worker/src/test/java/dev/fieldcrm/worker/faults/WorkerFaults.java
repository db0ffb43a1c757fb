package dev.fieldcrm.worker.faults;

import jakarta.inject.Singleton;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.net.SocketTimeoutException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fault injection into the worker's own DynamoDB client (a CDI interceptor like {@code DynamoCalls}, so every listener
 * and job of the worker under test goes through it). Off until a test turns it on; the test's own writes and checks
 * go through the same client, so a test turns it on only around the work under test.
 *
 * <p>Random faults hit HTTP attempts, inside the SDK's own retries, as AWS's do: a throttled or failed attempt that
 * wrote nothing (the SDK retries it), a cancelled transaction (the SDK does not retry those; the change writer retries
 * conflicts, a throttled item surfaces), or — the nasty case — a write that was applied but whose answer never
 * arrived (a 500 or a read timeout after the fact: the SDK sends the same write again). A poisoned request fails
 * the whole call, as if every retry had failed. Seeded: the same seed and the same calls give the same faults.
 */
@Singleton
public class WorkerFaults implements ExecutionInterceptor {
    /** What a faulted call does. */
    public enum Kind {
        /** ProvisionedThroughputExceeded / ThrottlingException, nothing written. */
        THROTTLED,
        /** HTTP 500 InternalServerError, nothing written. */
        SERVER_ERROR,
        /** A transaction cancelled for a conflict or throttling of one of its items, nothing written. */
        TRANSACTION_CANCELED,
        /** The write was applied, then the client got a 500. */
        SERVER_ERROR_AFTER_WRITE,
        /** The write was applied, then the client's read of the answer timed out. */
        TIMEOUT_AFTER_WRITE
    }

    private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems",
            "BatchWriteItem");
    /** The fault to raise once this attempt's response arrived (the write applied); taken by the first reader. */
    private static final ExecutionAttribute<AtomicReference<Kind>> AFTER = new ExecutionAttribute<>("WorkerFaults.after");

    private final Map<Kind, Integer> injected = new EnumMap<>(Kind.class);
    private Random random;
    private double rate;
    private String poison;
    private int crashAfter = -1;
    private String crashedAt;
    private String loseAnswersOf;
    private int answersLost;

    /** Fails {@code rate} of the calls from now on (seeded); 0 turns random faults off. */
    public synchronized void failRandomly(double rate, long seed) {
        this.rate = rate;
        this.random = new Random(seed);
    }

    /** Fails every call whose request mentions {@code marker} (e.g. an item's id): a record that can never succeed. */
    public synchronized void poison(String marker) {
        this.poison = marker;
    }

    /**
     * Every write whose request mentions {@code marker} is applied, and the answer of its first attempt lost (a read
     * timeout): the SDK sends the same write again. Counted in {@link #answersLost()} and as TIMEOUT_AFTER_WRITE.
     */
    public synchronized void loseAnswersOf(String marker) {
        this.loseAnswersOf = marker;
    }

    /** How many answers {@link #loseAnswersOf} lost since the last reset. */
    public synchronized int answersLost() {
        return answersLost;
    }

    /** The {@code calls}-th call from now on dies with a {@link Crash}, as if the process were killed there. */
    public synchronized void crashAfter(int calls) {
        this.crashAfter = calls;
    }

    /** No more faults; the counts stay readable until the next {@link #reset()}. */
    public synchronized void off() {
        rate = 0;
        poison = null;
        loseAnswersOf = null;
        crashAfter = -1;
    }

    public synchronized void reset() {
        off();
        injected.clear();
        crashedAt = null;
        answersLost = 0;
    }

    /** The call the {@link Crash} killed (operation and request, as the SDK prints it), if one did since the reset. */
    public synchronized Optional<String> crashedAt() {
        return Optional.ofNullable(crashedAt);
    }

    /** How many faults of each kind were injected since the last reset. */
    public synchronized Map<Kind, Integer> injected() {
        return Map.copyOf(injected);
    }

    public synchronized int total() {
        return injected.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Per call, before the SDK's retries: a crash, or a poisoned request failing as if every retry had failed. */
    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (poisoned(operation, context.request())) {
            throw exception(Kind.THROTTLED, operation);
        }
    }

    /** Per HTTP attempt, inside the SDK's retries: the SDK retries what it would retry in AWS. */
    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (attributes.getAttribute(AFTER) == null && answerToLose(operation, context.request())) {
            attributes.putAttribute(AFTER, new AtomicReference<>(Kind.TIMEOUT_AFTER_WRITE));
            return;
        }
        Kind kind = decide(operation);
        if (kind == null) {
            return;
        }
        switch (kind) {
            case SERVER_ERROR_AFTER_WRITE, TIMEOUT_AFTER_WRITE -> attributes.putAttribute(AFTER, new AtomicReference<>(kind));
            default -> throw exception(kind, operation);
        }
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        AtomicReference<Kind> pending = attributes.getAttribute(AFTER);
        Kind after = pending == null ? null : pending.getAndSet(null);
        if (after != null) {
            throw exception(after, attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    }

    private synchronized boolean poisoned(String operation, SdkRequest request) {
        if (crashAfter > 0 && --crashAfter == 0) {
            crashAfter = -1;
            crashedAt = operation + " " + request;
            throw new Crash(operation);
        }
        boolean poisoned = poison != null && request.toString().contains(poison);
        if (poisoned) {
            injected.merge(Kind.THROTTLED, 1, Integer::sum);
        }
        return poisoned;
    }

    private synchronized boolean answerToLose(String operation, SdkRequest request) {
        boolean lose = loseAnswersOf != null && WRITES.contains(operation) && request.toString().contains(loseAnswersOf);
        if (lose) {
            answersLost++;
            injected.merge(Kind.TIMEOUT_AFTER_WRITE, 1, Integer::sum);
        }
        return lose;
    }

    private synchronized Kind decide(String operation) {
        if (rate <= 0 || random.nextDouble() >= rate) {
            return null;
        }
        Kind kind = pick(operation);
        injected.merge(kind, 1, Integer::sum);
        return kind;
    }

    private Kind pick(String operation) {
        if (!WRITES.contains(operation)) {
            return random.nextBoolean() ? Kind.THROTTLED : Kind.SERVER_ERROR;
        }
        List<Kind> kinds = "TransactWriteItems".equals(operation) ? List.of(Kind.values())
                : List.of(Kind.THROTTLED, Kind.SERVER_ERROR, Kind.SERVER_ERROR_AFTER_WRITE, Kind.TIMEOUT_AFTER_WRITE);
        return kinds.get(random.nextInt(kinds.size()));
    }

    private RuntimeException exception(Kind kind, String operation) {
        String message = "injected " + kind + " on " + operation;
        return switch (kind) {
            case THROTTLED -> ProvisionedThroughputExceededException.builder().message(message).statusCode(400)
                    .awsErrorDetails(details("ProvisionedThroughputExceededException", message)).build();
            case SERVER_ERROR, SERVER_ERROR_AFTER_WRITE -> InternalServerErrorException.builder().message(message)
                    .statusCode(500).awsErrorDetails(details("InternalServerError", message)).build();
            case TRANSACTION_CANCELED -> cancelled(message);
            case TIMEOUT_AFTER_WRITE -> SdkClientException.builder().message(message)
                    .cause(new SocketTimeoutException("Read timed out")).build();
        };
    }

    /** Half of the cancellations are conflicts (the change writer retries those itself), half throttled items. */
    private TransactionCanceledException cancelled(String message) {
        String reason;
        synchronized (this) {
            reason = random != null && random.nextBoolean() ? "TransactionConflict" : "ThrottlingError";
        }
        return TransactionCanceledException.builder().message(message).statusCode(400)
                .awsErrorDetails(details("TransactionCanceledException", message))
                .cancellationReasons(CancellationReason.builder().code(reason).message(message).build()).build();
    }

    private static AwsErrorDetails details(String code, String message) {
        return AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("DynamoDb").build();
    }

    /** The process died at this call (an Error: nothing on the way up handles it like a failed call). */
    public static final class Crash extends Error {
        Crash(String operation) {
            super("worker crashed at " + operation);
        }
    }
}
