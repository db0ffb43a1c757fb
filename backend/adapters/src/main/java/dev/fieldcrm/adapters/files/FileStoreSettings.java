package dev.fieldcrm.adapters.files;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a function keeps its files ({@code fieldcrm.files.*}): the S3 bucket in AWS, a local directory in the local
 * run and the tests. Each function's config mapping extends it, so the API and the worker read the same settings.
 */
public interface FileStoreSettings {
    /** Directory of the local file store (the local run and tests). */
    Optional<Path> dir();

    /** The S3 bucket of the file store in AWS; when set, it is used instead of {@link #dir()}. */
    Optional<String> bucket();

    /** The bucket's region (default: the DynamoDB region). */
    Optional<String> region();

    /** Points the S3 client at an S3-compatible endpoint; absent in AWS. */
    Optional<URI> endpoint();
}
