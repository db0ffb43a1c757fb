package dev.fieldcrm.adapters.files;

import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.files.LocalFileStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The file store of a deployment, the same for the API and the worker: S3 when a bucket is set, else a local directory. */
public final class FileStores {
    private FileStores() {
    }

    /**
     * @param defaultRegion the bucket's region when {@link FileStoreSettings#region()} is absent (the DynamoDB region)
     */
    public static FileStore configured(FileStoreSettings settings, String defaultRegion) {
        if (settings.bucket().isPresent()) {
            return new S3FileStore(s3(settings, defaultRegion), settings.bucket().get());
        }
        return settings.dir()
                .<FileStore>map(LocalFileStore::new)
                .orElseThrow(() -> new IllegalStateException(
                        "no file store configured: set fieldcrm.files.bucket (S3) or fieldcrm.files.dir (local directory)"));
    }

    /**
     * An S3 client built like the DynamoDB one (URL-connection HTTP client, credentials from the Lambda environment);
     * an endpoint override (an S3-compatible store or a test stub) gets path-style addressing and dummy credentials.
     */
    public static S3Client s3(FileStoreSettings settings, String defaultRegion) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region().orElse(defaultRegion)));
        AwsCredentialsProvider credentials = EnvironmentVariableCredentialsProvider.create();
        if (settings.endpoint().isPresent()) {
            builder.endpointOverride(settings.endpoint().get()).forcePathStyle(true);
            credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
        }
        return builder.credentialsProvider(credentials).build();
    }
}
