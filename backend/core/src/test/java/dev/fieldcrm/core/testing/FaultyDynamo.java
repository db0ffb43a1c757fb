package dev.fieldcrm.core.testing;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * Fault injection for the DynamoDB client, as an SDK interceptor: when armed, a seeded fraction of the call
 * <em>attempts</em> fail. Each attempt is decided on its own, so the SDK's own retries (the production retry policy,
 * left as it is) are part of what is tested: a fault the SDK retries away is invisible to the application, one that
 * outlasts the retries reaches it as the exception a real outage would raise.
 *
 * <p>Two places: {@link Kind#before() before} the request is sent (DynamoDB never sees it; nothing was written) and
 * {@link Kind#after() after} DynamoDB applied it (the response is thrown away and replaced by an error): the hard case,
 * where the caller sees a failure although the write landed, and the SDK's retry meets its own write.
 *
 * <p>Each module's tests register it as an interceptor of their DynamoDB client (a CDI subclass in Quarkus tests);
 * it starts disarmed, so tests that do not arm it see a healthy database.
 */
public class FaultyDynamo implements ExecutionInterceptor {
    /** What an injected fault looks like to the SDK. */
    public enum Kind {
        /** 400 {@code ProvisionedThroughputExceededException}: throttled, not applied (the SDK retries it). */
        THROTTLED(true),
        /** 400 {@code ThrottlingException} (the control-plane spelling of throttling), not applied. */
        THROTTLING(true),
        /** 500 {@code InternalServerError} before DynamoDB applied anything. */
        SERVER_ERROR(true),
        /** The connection timed out before the request was sent (as the URL-connection client reports it). */
        TIMEOUT(true),
        /** TransactWriteItems cancelled because another transaction held an item ({@code TransactionConflict}). */
        TRANSACTION_CONFLICT(true),
        /** DynamoDB applied the call, then answered 500 (the answer is lost): the write landed. */
        SERVER_ERROR_AFTER_APPLIED(false),
        /** DynamoDB applied the call, then the answer never came (read timed out): the write landed. */
        TIMEOUT_AFTER_APPLIED(false);

        private final boolean before;

        Kind(boolean before) {
            this.before = before;
        }

        /** Whether the fault happens before the request reaches DynamoDB (else after DynamoDB applied it). */
        public boolean before() {
            return before;
        }

        public boolean after() {
            return !before;
        }
    }

    // The SDK keeps attribute names JVM-wide and refuses a second one of a name: Quarkus tests load this class again
    // for each restart of the app, so the name carries the loading's identity.
    private static final ExecutionAttribute<Kind> FAULT_AFTER =
            new ExecutionAttribute<>("fieldcrm.fault.after." + System.identityHashCode(Kind.class));
    private static final List<Kind> ANY_CALL = List.of(Kind.THROTTLED, Kind.THROTTLING, Kind.SERVER_ERROR, Kind.TIMEOUT,
            Kind.SERVER_ERROR_AFTER_APPLIED, Kind.TIMEOUT_AFTER_APPLIED);
    private static final String TRANSACT_WRITE = "TransactWriteItems";

    private final Map<Kind, LongAdder> injected = new EnumMap<>(Kind.class);
    private final LongAdder calls = new LongAdder();
    private final LongAdder attempts = new LongAdder();
    private final ConcurrentLinkedQueue<Scripted> scripted = new ConcurrentLinkedQueue<>();
    private volatile double fraction;
    private volatile Random random;

    public FaultyDynamo() {
        for (Kind kind : Kind.values()) {
            injected.put(kind, new LongAdder());
        }
    }

    /** Fails {@code fraction} (0..1) of the attempts from now on, the kinds drawn from a generator seeded with {@code seed}. */
    public void arm(double fraction, long seed) {
        this.random = new Random(seed);
        this.fraction = fraction;
    }

    /** 20 % of the attempts, as the fault tests' scenario. */
    public void arm(long seed) {
        arm(0.2, seed);
    }

    /** No more random faults (faults scripted with {@link #failNext} still happen). */
    public void disarm() {
        this.fraction = 0;
    }

    /** The next attempt of {@code operation} ("TransactWriteItems", "Query"…) fails with {@code kind}, once per call of this. */
    public void failNext(String operation, Kind kind) {
        scripted.add(new Scripted(operation, kind));
    }

    /** Forgets the counts and the scripted faults (random faults stay as armed). */
    public void reset() {
        injected.values().forEach(LongAdder::reset);
        calls.reset();
        attempts.reset();
        scripted.clear();
    }

    /** The faults injected since the last {@link #reset}, by kind (every kind listed). */
    public Map<Kind, Long> injected() {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        injected.forEach((kind, count) -> counts.put(kind, count.sum()));
        return Collections.unmodifiableMap(counts);
    }

    public long injectedTotal() {
        return injected.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Calls the application made (each may have taken several attempts). */
    public long calls() {
        return calls.sum();
    }

    /** Attempts beyond the first of each call: the SDK's retries (the change writer's own conflict retries are calls). */
    public long sdkRetries() {
        return attempts.sum() - calls.sum();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        calls.increment();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attempts.increment();
        attributes.putAttribute(FAULT_AFTER, null);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        Kind fault = draw(operation);
        if (fault == null) {
            return;
        }
        injected.get(fault).increment();
        if (fault.after()) {
            attributes.putAttribute(FAULT_AFTER, fault);
            return;
        }
        throw switch (fault) {
            case THROTTLED -> ProvisionedThroughputExceededException.builder().statusCode(400)
                    .awsErrorDetails(details("ProvisionedThroughputExceededException", "The level of configured provisioned throughput for the table was exceeded (injected)"))
                    .message("injected throttling").build();
            case THROTTLING -> DynamoDbException.builder().statusCode(400)
                    .awsErrorDetails(details("ThrottlingException", "Rate of requests exceeds the allowed throughput (injected)"))
                    .message("injected throttling").build();
            case SERVER_ERROR -> internalError();
            case TIMEOUT -> timeout("Connect timed out");
            case TRANSACTION_CONFLICT -> conflict((TransactWriteItemsRequest) context.request());
            default -> throw new IllegalStateException(fault + " is not a fault before sending");
        };
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        Kind fault = attributes.getAttribute(FAULT_AFTER);
        if (fault == null) {
            return;
        }
        attributes.putAttribute(FAULT_AFTER, null);
        // DynamoDB has applied the call; its answer is read and dropped, so the connection is left clean.
        context.responseBody().ifPresent(FaultyDynamo::drain);
        throw fault == Kind.SERVER_ERROR_AFTER_APPLIED ? internalError() : timeout("Read timed out");
    }

    private Kind draw(String operation) {
        for (Scripted next : scripted) {
            if (next.operation().equals(operation) && scripted.remove(next)) {
                return next.kind();
            }
        }
        Random generator = random;
        if (fraction <= 0 || generator == null) {
            return null;
        }
        synchronized (generator) {
            if (generator.nextDouble() >= fraction) {
                return null;
            }
            List<Kind> kinds = new ArrayList<>(ANY_CALL);
            if (TRANSACT_WRITE.equals(operation)) {
                kinds.add(Kind.TRANSACTION_CONFLICT);
            }
            return kinds.get(generator.nextInt(kinds.size()));
        }
    }

    private static AwsErrorDetails details(String code, String message) {
        return AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName("DynamoDb").build();
    }

    private static InternalServerErrorException internalError() {
        return InternalServerErrorException.builder().statusCode(500)
                .awsErrorDetails(details("InternalServerError", "Internal server error (injected)"))
                .message("injected internal server error").build();
    }

    /** What the URL-connection HTTP client raises on a socket timeout (the SDK retries it as an I/O failure). */
    private static SdkClientException timeout(String what) {
        return SdkClientException.builder().message("Unable to execute HTTP request: " + what + " (injected)")
                .cause(new SocketTimeoutException(what)).build();
    }

    /** A cancellation as DynamoDB reports a conflict: one reason per item, one of them TransactionConflict. */
    private static TransactionCanceledException conflict(TransactWriteItemsRequest request) {
        List<CancellationReason> reasons = new ArrayList<>();
        for (int i = 0; i < request.transactItems().size(); i++) {
            reasons.add(i == 0
                    ? CancellationReason.builder().code("TransactionConflict").message("Transaction is ongoing for the item (injected)").build()
                    : CancellationReason.builder().code("None").build());
        }
        return TransactionCanceledException.builder().statusCode(400).cancellationReasons(reasons)
                .awsErrorDetails(details("TransactionCanceledException", "Transaction cancelled (injected)"))
                .message("Transaction cancelled, please refer cancellation reasons for specific reasons [TransactionConflict]")
                .build();
    }

    private static void drain(InputStream body) {
        try (body) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Scripted(String operation, Kind kind) {
    }
}
