package dev.fieldcrm.mobile.core.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Writes whole files so that a reader (or the app after being killed) sees either the old content or the new one,
 * never a half-written file: write {@code name.tmp}, force it to disk, then rename it over {@code name} atomically.
 * A crash before the rename leaves the old file and a stale temp file, which {@link #cleanUp(Path)} removes.
 */
public final class AtomicFiles {
    static final String TEMP_SUFFIX = ".tmp";

    /** The rename step; a test replaces it to simulate the app being killed between write and rename. */
    @FunctionalInterface
    public interface Rename {
        void move(Path from, Path to) throws IOException;
    }

    private final Rename rename;

    public AtomicFiles() {
        this(AtomicFiles::atomicMove);
    }

    public AtomicFiles(Rename rename) {
        this.rename = rename;
    }

    /** Replaces {@code target}'s content with {@code bytes}, all or nothing. */
    public void write(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(bytes));
            channel.force(true);
        }
        rename.move(temp, target);
    }

    /** The file's content, or empty when it does not exist. */
    public Optional<byte[]> read(Path target) throws IOException {
        return Files.exists(target) ? Optional.of(Files.readAllBytes(target)) : Optional.empty();
    }

    /** Removes temp files a killed write left in {@code dir} (their target still holds the last complete content). */
    public void cleanUp(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().endsWith(TEMP_SUFFIX)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static void atomicMove(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same directory on every file system the app runs on; this is only for exotic mounts.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
