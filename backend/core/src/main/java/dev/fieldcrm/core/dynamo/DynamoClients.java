package dev.fieldcrm.core.dynamo;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import java.net.URI;
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
        ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder();
        interceptors.forEach(overrides::addExecutionInterceptor);
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region))
                .overrideConfiguration(overrides.build());
        AwsCredentialsProvider credentials = endpoint.isPresent()
                // DynamoDB Local accepts any credentials; none are configured on a developer's machine.
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                : EnvironmentVariableCredentialsProvider.create();
        endpoint.ifPresent(builder::endpointOverride);
        return builder.credentialsProvider(credentials).build();
    }
}
