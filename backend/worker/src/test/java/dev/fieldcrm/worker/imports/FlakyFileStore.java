package dev.fieldcrm.worker.imports;

import dev.fieldcrm.core.files.FilePath;
import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.files.StoredFile;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A file store whose reads fail while it is told to (a runner that dies reading the upload); writes go through. */
final class FlakyFileStore implements FileStore {
    private final FileStore files;
    private final AtomicInteger failedReads = new AtomicInteger();
    private volatile boolean failing = true;

    FlakyFileStore(FileStore files) {
        this.files = files;
    }

    void failing(boolean failing) {
        this.failing = failing;
    }

    int failedReads() {
        return failedReads.get();
    }

    @Override
    public StoredFile put(String tenantId, FilePath path, String contentType, byte[] content) {
        return files.put(tenantId, path, contentType, content);
    }

    @Override
    public Optional<byte[]> read(String tenantId, FilePath path) {
        if (failing) {
            failedReads.incrementAndGet();
            throw new IllegalStateException("the runner dies while reading the upload");
        }
        return files.read(tenantId, path);
    }
}
