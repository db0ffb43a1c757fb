package dev.fieldcrm.api.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
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

/**
 * The DynamoDB client, built by hand rather than by an extension: the URL-connection HTTP client starts
 * fastest on Lambda, credentials come straight from the Lambda environment, and any
 * {@link ExecutionInterceptor} bean (call counting in tests, metrics) is attached.
 */
@ApplicationScoped
public class DynamoDbClientProducer {

    @Produces
    @Singleton
    DynamoDbClient dynamoDbClient(FieldCrmConfig config, Instance<ExecutionInterceptor> interceptors) {
        ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder();
        interceptors.forEach(overrides::addExecutionInterceptor);
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.dynamodb().region()))
                .overrideConfiguration(overrides.build());
        AwsCredentialsProvider credentials = config.dynamodb().endpoint().isPresent()
                // DynamoDB Local accepts any credentials; none are configured on a developer's machine.
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))
                : EnvironmentVariableCredentialsProvider.create();
        config.dynamodb().endpoint().ifPresent(builder::endpointOverride);
        return builder.credentialsProvider(credentials).build();
    }

    void close(@Disposes DynamoDbClient client) {
        client.close();
    }
}
