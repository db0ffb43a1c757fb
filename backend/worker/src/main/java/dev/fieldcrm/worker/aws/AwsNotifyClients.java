package dev.fieldcrm.worker.aws;

import dev.fieldcrm.core.dynamo.AwsClients;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * SES v2 and SNS clients: URL-connection HTTP client (fast Lambda start), short timeouts, and <b>no SDK retries</b>:
 * the Postman owns retrying (backoff with jitter, then the dead-letter queue), so a throttled or failed call comes
 * back at once, classified, instead of being retried blindly inside one invocation.
 */
public final class AwsNotifyClients {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private AwsNotifyClients() {
    }

    /** @param endpoint an emulator's or stub's address (then any credentials do); absent in AWS */
    public static SesV2Client ses(Optional<URI> endpoint, String region) {
        return ses(endpoint, region, List.of());
    }

    /** As above, with SDK interceptors (metrics; fault injection in tests) on every call. */
    public static SesV2Client ses(Optional<URI> endpoint, String region, List<ExecutionInterceptor> interceptors) {
        return AwsClients.configure(SesV2Client.builder(), endpoint, region, http())
                .overrideConfiguration(overrides(interceptors)).build();
    }

    /** @param endpoint a stub's address (then any credentials do); absent in AWS */
    public static SnsClient sns(Optional<URI> endpoint, String region) {
        return sns(endpoint, region, List.of());
    }

    /** As above, with SDK interceptors (metrics; fault injection in tests) on every call. */
    public static SnsClient sns(Optional<URI> endpoint, String region, List<ExecutionInterceptor> interceptors) {
        return AwsClients.configure(SnsClient.builder(), endpoint, region, http())
                .overrideConfiguration(overrides(interceptors)).build();
    }

    private static UrlConnectionHttpClient.Builder http() {
        return UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(3)).socketTimeout(CALL_TIMEOUT);
    }

    private static ClientOverrideConfiguration overrides(List<ExecutionInterceptor> interceptors) {
        return ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry())
                .apiCallTimeout(CALL_TIMEOUT).executionInterceptors(interceptors).build();
    }
}
