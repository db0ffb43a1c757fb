package dev.fieldcrm.core.files;

import java.util.Optional;

/**
 * Where generated and uploaded files live (proposals, import uploads, exports): a directory locally, S3 in AWS.
 * Every file belongs to one tenant; a path is relative to the tenant's area and can never leave it.
 */
public interface FileStore {

    /** Stores (or replaces) a file. */
    StoredFile put(String tenantId, FilePath path, String contentType, byte[] content);

    /** The file's bytes, if it exists in the tenant's area. */
    Optional<byte[]> read(String tenantId, FilePath path);
}
