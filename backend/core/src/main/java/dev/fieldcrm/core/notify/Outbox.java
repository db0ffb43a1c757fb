package dev.fieldcrm.core.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The local run's outbox: a directory where the capturing senders write each message as JSON (and an HTML email's
 * body as {@code .html} beside it), and where the API's local-only endpoint reads them back. File names start with
 * the capture time, so the newest sort last by name.
 */
public final class Outbox {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** A name this outbox could have written: no separators, so a request cannot leave the directory. */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    private final Path directory;
    private final Clock clock;

    public Outbox(Path directory, Clock clock) {
        this.directory = directory.toAbsolutePath().normalize();
        this.clock = clock;
    }

    public Path directory() {
        return directory;
    }

    /** Writes one message; {@code html} may be null. */
    public CapturedMessage write(Channel channel, String to, String subject, String text, String html,
                                 Map<String, String> headers) {
        var now = clock.instant();
        String base = STAMP.format(now) + "-" + channel.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String htmlFile = html == null ? null : base + ".html";
        CapturedMessage message = new CapturedMessage(base + ".json", channel, to, subject, text, htmlFile,
                headers == null ? Map.of() : headers, now, "captured-" + base);
        try {
            Files.createDirectories(directory);
            if (html != null) {
                writeWhole(directory.resolve(htmlFile), html.getBytes(StandardCharsets.UTF_8));
            }
            writeWhole(directory.resolve(message.file()), JSON.writeValueAsBytes(message));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the outbox " + directory, e);
        }
        return message;
    }

    /** The newest {@code limit} captured messages, newest first. */
    public List<CapturedMessage> newest(int limit) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> json = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .limit(limit).toList();
            List<CapturedMessage> messages = new ArrayList<>();
            for (Path file : json) {
                messages.add(JSON.readValue(file.toFile(), CapturedMessage.class));
            }
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the outbox " + directory, e);
        }
    }

    /** A file of the outbox by name; empty for a name the outbox cannot have written or a missing file. */
    public Optional<Path> file(String name) {
        if (name == null || !FILE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(name).normalize();
        return file.getParent().equals(directory) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private static void writeWhole(Path target, byte[] content) throws IOException {
        // Write beside and move, so the API never reads half a file.
        Path partial = Files.createTempFile(target.getParent(), ".partial-", ".tmp");
        Files.write(partial, content);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
