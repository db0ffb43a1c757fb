package dev.fieldcrm.core.dynamo;

import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Builds the DynamoDB client of both functions by hand rather than by an extension: the URL-connection HTTP client
 * starts fastest on Lambda, credentials come straight from the Lambda environment, and the given interceptors (call
 * counting in tests, fault injection, metrics) are attached.
 */
public final class DynamoClients {
    private DynamoClients() {
    }

    /**
     * @param endpoint DynamoDB Local's address; absent in AWS
     * @param region   the table's region
     */
    public static DynamoDbClient build(Optional<URI> endpoint, String region, Iterable<ExecutionInterceptor> interceptors) {
        return build(endpoint, region, interceptors, ClientOverrideConfiguration.builder());
    }

    /**
     * The same with a bound on each call, its retries included: the SDK's retry policy stays as it is, but under
     * sustained throttling its backoff (up to 20 s a pause, 9 attempts) would outlast a request's whole budget, so a
     * call that is still retrying after {@code callTimeout} ends with an {@code ApiCallTimeoutException} instead.
     */
    public static DynamoDbClient build(Optional<URI> endpoint, String region, Iterable<ExecutionInterceptor> interceptors,
                                       Duration callTimeout) {
        return build(endpoint, region, interceptors, ClientOverrideConfiguration.builder().apiCallTimeout(callTimeout));
    }

    private static DynamoDbClient build(Optional<URI> endpoint, String region, Iterable<ExecutionInterceptor> interceptors,
                                        ClientOverrideConfiguration.Builder overrides) {
        interceptors.forEach(overrides::addExecutionInterceptor);
        return AwsClients.configure(DynamoDbClient.builder(), endpoint, region, UrlConnectionHttpClient.builder())
                .overrideConfiguration(overrides.build())
                .build();
    }
}
