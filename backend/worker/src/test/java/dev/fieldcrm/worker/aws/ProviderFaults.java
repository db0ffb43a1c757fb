package dev.fieldcrm.worker.aws;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.sesv2.model.InternalServiceErrorException;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;
import software.amazon.awssdk.services.sns.model.EndpointDisabledException;
import software.amazon.awssdk.services.sns.model.InternalErrorException;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.ThrottledException;

import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Fault injection into the real SES v2 and SNS clients: the SDK's own exception types, as its unmarshallers build
 * them (status, error code), thrown before the request leaves — or, for a timeout after the provider accepted, after
 * the answer arrived and was lost. A test sets one fault for every call or a seeded mix on a share of the calls.
 */
final class ProviderFaults implements ExecutionInterceptor {
    /** A fault of SES or SNS: what the SDK throws, and whether the provider had accepted the message before. */
    enum Fault {
        SES_THROTTLED(() -> aws(TooManyRequestsException.builder(), 429, "TooManyRequestsException"), false),
        SES_SERVER_ERROR(() -> aws(InternalServiceErrorException.builder(), 500, "InternalServiceErrorException"), false),
        SES_REJECTED(() -> aws(MessageRejectedException.builder(), 400, "MessageRejected"), false),
        SNS_THROTTLED(() -> aws(ThrottledException.builder(), 400, "Throttled"), false),
        SNS_SERVER_ERROR(() -> aws(InternalErrorException.builder(), 500, "InternalError"), false),
        SNS_INVALID(() -> aws(InvalidParameterException.builder(), 400, "InvalidParameter"), false),
        SNS_ENDPOINT_DISABLED(() -> aws(EndpointDisabledException.builder(), 400, "EndpointDisabled"), false),
        TIMEOUT(() -> timeout(), false),
        TIMEOUT_AFTER_ACCEPTED(() -> timeout(), true);

        private final Supplier<RuntimeException> exception;
        private final boolean afterAccepted;

        Fault(Supplier<RuntimeException> exception, boolean afterAccepted) {
            this.exception = exception;
            this.afterAccepted = afterAccepted;
        }

        RuntimeException exception() {
            return exception.get();
        }
    }

    private final Map<Fault, AtomicInteger> injected = new ConcurrentHashMap<>();
    private volatile Supplier<Fault> next = () -> null;
    private final ThreadLocal<Fault> pendingAfter = new ThreadLocal<>();

    /** Every call fails with {@code fault}. */
    void always(Fault fault) {
        next = () -> fault;
    }

    /** {@code rate} of the calls fail with one of {@code faults}, picked with a seeded random. */
    void mix(double rate, long seed, Fault... faults) {
        Random random = new Random(seed);
        next = () -> {
            synchronized (random) {
                return random.nextDouble() < rate ? faults[random.nextInt(faults.length)] : null;
            }
        };
    }

    /** No more faults, counts cleared. */
    void reset() {
        next = () -> null;
        injected.clear();
    }

    int injected(Fault fault) {
        AtomicInteger n = injected.get(fault);
        return n == null ? 0 : n.get();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        Fault fault = next.get();
        if (fault == null) {
            return;
        }
        injected.computeIfAbsent(fault, f -> new AtomicInteger()).incrementAndGet();
        if (fault.afterAccepted) {
            pendingAfter.set(fault);
            return;
        }
        throw fault.exception();
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Fault after = pendingAfter.get();
        if (after != null) {
            pendingAfter.remove();
            throw after.exception();
        }
    }

    private static RuntimeException aws(AwsServiceException.Builder builder, int status, String code) {
        return builder.statusCode(status).message("injected " + code)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("injected " + code).build()).build();
    }

    private static RuntimeException timeout() {
        return SdkClientException.builder().message("Unable to execute HTTP request: Read timed out")
                .cause(new SocketTimeoutException("Read timed out")).build();
    }
}
