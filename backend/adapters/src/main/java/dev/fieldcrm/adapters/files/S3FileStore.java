package dev.fieldcrm.adapters.files;

import dev.fieldcrm.core.files.FilePath;
import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.files.StoredFile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

import java.util.Optional;

/**
 * The file store in AWS: one bucket for all tenants, every object under {@code <tenantId>/<path>}, encrypted at rest
 * (SSE-S3). The tenant prefix comes from the verified caller and a {@link FilePath} cannot climb out of it, so one
 * tenant can never name another's object. The bucket itself is private; downloads go through the API.
 */
public final class S3FileStore implements FileStore {
    private final S3Client s3;
    private final String bucket;

    public S3FileStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** The object key of a tenant's file. */
    static String key(String tenantId, FilePath path) {
        return FilePath.of(tenantId).value() + "/" + path.value();
    }

    @Override
    public StoredFile put(String tenantId, FilePath path, String contentType, byte[] content) {
        s3.putObject(put -> put.bucket(bucket).key(key(tenantId, path)).contentType(contentType)
                .serverSideEncryption(ServerSideEncryption.AES256), RequestBody.fromBytes(content));
        return new StoredFile(path, contentType, content.length);
    }

    @Override
    public Optional<byte[]> read(String tenantId, FilePath path) {
        try {
            return Optional.of(s3.getObjectAsBytes(get -> get.bucket(bucket).key(key(tenantId, path))).asByteArray());
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (S3Exception e) {
            // Without s3:ListBucket a missing key answers 403, and a GET of a missing key may come without an error body.
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
