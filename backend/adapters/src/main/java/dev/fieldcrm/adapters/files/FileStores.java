package dev.fieldcrm.adapters.files;

import dev.fieldcrm.core.dynamo.AwsClients;
import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.files.LocalFileStore;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

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
        return AwsClients.configure(S3Client.builder(), settings.endpoint(), settings.region().orElse(defaultRegion),
                        UrlConnectionHttpClient.builder())
                .forcePathStyle(settings.endpoint().isPresent())
                .build();
    }
}
