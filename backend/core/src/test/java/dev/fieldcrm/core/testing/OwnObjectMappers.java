package dev.fieldcrm.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the sources of a Quarkus module that make a default {@code ObjectMapper} of their own instead of using the
 * one Quarkus manages (which carries the application's Jackson configuration and is built once per cold start).
 */
public final class OwnObjectMappers {
    private OwnObjectMappers() {
    }

    /** The {@code .java} files under {@code sources} that call {@code new ObjectMapper(}. */
    public static List<Path> in(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(OwnObjectMappers::makesOne).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean makesOne(Path source) {
        try {
            return Files.readString(source).contains("new ObjectMapper(");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
