package dev.fieldcrm.worker.aws;

import dev.fieldcrm.core.notify.SendFailure;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

import java.util.Set;

/**
 * Classifies SES and SNS errors for the Postman: slow down (throttled), try again (transient), or give up (permanent).
 * <ul>
 *   <li>THROTTLED: HTTP 429 and the throttling error codes (SES {@code TooManyRequestsException},
 *       {@code Throttling}, {@code LimitExceededException} — the sending quota —; SNS {@code Throttled}).</li>
 *   <li>TRANSIENT: HTTP 5xx, and client-side failures (connection refused, timeouts, unreadable responses).</li>
 *   <li>PERMANENT: every other 4xx ({@code MessageRejected}, {@code MailFromDomainNotVerifiedException},
 *       {@code InvalidParameter}, {@code EndpointDisabled} …): the same request would fail again.</li>
 * </ul>
 */
public final class AwsFailures {
    private static final Set<String> THROTTLING_CODES = Set.of("Throttling", "ThrottlingException", "Throttled",
            "ThrottledException", "TooManyRequestsException", "LimitExceeded", "LimitExceededException",
            "RequestLimitExceeded", "KMSThrottling", "KMSThrottlingException");

    private AwsFailures() {
    }

    public static SendFailure classify(String action, SdkException e) {
        return new SendFailure(kindOf(e), action + " failed: " + describe(e), e);
    }

    static SendFailure.Kind kindOf(SdkException e) {
        if (e instanceof SdkClientException) {
            return SendFailure.Kind.TRANSIENT;
        }
        if (e instanceof SdkServiceException service) {
            if (service.isThrottlingException() || service.statusCode() == 429 || isThrottlingCode(errorCode(e))) {
                return SendFailure.Kind.THROTTLED;
            }
            return service.statusCode() >= 500 ? SendFailure.Kind.TRANSIENT : SendFailure.Kind.PERMANENT;
        }
        return SendFailure.Kind.TRANSIENT;
    }

    private static boolean isThrottlingCode(String code) {
        return code != null && THROTTLING_CODES.contains(code);
    }

    static String errorCode(SdkException e) {
        return e instanceof AwsServiceException aws && aws.awsErrorDetails() != null ? aws.awsErrorDetails().errorCode() : null;
    }

    private static String describe(SdkException e) {
        if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
            return aws.statusCode() + " " + aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage();
        }
        return e.getMessage();
    }
}
