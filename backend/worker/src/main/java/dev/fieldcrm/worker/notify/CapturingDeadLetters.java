package dev.fieldcrm.worker.notify;

import dev.fieldcrm.core.notify.DeadLetter;
import dev.fieldcrm.core.notify.DeadLetters;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Mode capture: dead letters as JSON files under {@code <capture dir>/dead-letters/}, kept in memory for tests. */
public final class CapturingDeadLetters implements DeadLetters {
    private static final Logger LOG = Logger.getLogger(CapturingDeadLetters.class);

    private final Path directory;
    private final List<DeadLetter> parked = new CopyOnWriteArrayList<>();

    public CapturingDeadLetters(Path captureDir) {
        this.directory = captureDir.resolve("dead-letters");
    }

    @Override
    public void park(DeadLetter letter) {
        try {
            Files.createDirectories(directory);
            String name = letter.tenantId() + "-" + letter.id().replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
            Files.writeString(directory.resolve(name), DeadLetterJson.of(letter), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dead letter " + letter.id(), e);
        }
        parked.add(letter);
        LOG.warnf("parked message %s of tenant %s after %d attempts: %s", letter.id(), letter.tenantId(),
                letter.attempts(), letter.reason());
    }

    public List<DeadLetter> parked() {
        return List.copyOf(parked);
    }
}
