package dev.fieldcrm.core.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Files in a local directory, one sub-directory per tenant: the store of the local run and the tests. The content
 * type is not kept (the path's extension tells it when read back).
 */
public final class LocalFileStore implements FileStore {
    private final Path root;

    public LocalFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredFile put(String tenantId, FilePath path, String contentType, byte[] content) {
        Path target = resolve(tenantId, path);
        try {
            Files.createDirectories(target.getParent());
            // Write beside and move, so a reader never sees half a file.
            Path partial = Files.createTempFile(target.getParent(), ".partial-", ".tmp");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(path, contentType, content.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + path, e);
        }
    }

    @Override
    public Optional<byte[]> read(String tenantId, FilePath path) {
        try {
            return Optional.of(Files.readAllBytes(resolve(tenantId, path)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private Path resolve(String tenantId, FilePath path) {
        Path tenantRoot = root.resolve(FilePath.of(tenantId).value());
        Path target = tenantRoot.resolve(path.value()).normalize();
        if (!target.startsWith(tenantRoot)) {
            throw new IllegalArgumentException("path leaves the tenant's area: " + path);
        }
        return target;
    }
}
