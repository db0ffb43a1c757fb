package dev.fieldcrm.core.dynamo;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.util.Optional;

/**
 * How every AWS SDK client of FieldCRM is set up (DynamoDB, S3, SES, SNS, SQS): the given HTTP client (the
 * URL-connection one starts fastest on Lambda), the region, and credentials straight from the Lambda environment —
 * or, when an endpoint is given (DynamoDB Local, an emulator, a test stub), that endpoint with dummy credentials, since
 * none are configured on a developer's machine.
 */
public final class AwsClients {
    private AwsClients() {
    }

    public static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
            B builder, Optional<URI> endpoint, String region, SdkHttpClient.Builder<?> http) {
        builder.httpClientBuilder(http).region(Region.of(region));
        if (endpoint.isPresent()) {
            builder.endpointOverride(endpoint.get())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        } else {
            builder.credentialsProvider(EnvironmentVariableCredentialsProvider.create());
        }
        return builder;
    }
}
