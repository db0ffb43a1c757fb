package dev.fieldcrm.api.config;

import dev.fieldcrm.api.files.S3FileStore;
import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.files.LocalFileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The file store of this deployment: S3 when {@code fieldcrm.files.bucket} is set (in AWS), else a local directory
 * ({@code fieldcrm.files.dir}: the local run and the tests).
 */
@ApplicationScoped
public class FileStoreProducer {

    @Produces @Singleton FileStore fileStore(FieldCrmConfig config) {
        if (config.files().bucket().isPresent()) {
            return new S3FileStore(s3(config.files(), config.dynamodb().region()), config.files().bucket().get());
        }
        return config.files().dir()
                .<FileStore>map(LocalFileStore::new)
                .orElseThrow(() -> new IllegalStateException(
                        "no file store configured: set fieldcrm.files.bucket (S3) or fieldcrm.files.dir (local directory)"));
    }

    /**
     * An S3 client built like the DynamoDB one (URL-connection HTTP client, credentials from the Lambda environment);
     * an endpoint override (an S3-compatible store or a test stub) gets path-style addressing and dummy credentials.
     */
    public static S3Client s3(FieldCrmConfig.Files files, String defaultRegion) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(files.region().orElse(defaultRegion)));
        AwsCredentialsProvider credentials = EnvironmentVariableCredentialsProvider.create();
        if (files.endpoint().isPresent()) {
            builder.endpointOverride(files.endpoint().get()).forcePathStyle(true);
            credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return builder.credentialsProvider(credentials).build();
    }
}
