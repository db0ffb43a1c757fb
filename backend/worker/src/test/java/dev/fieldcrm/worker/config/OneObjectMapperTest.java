package dev.fieldcrm.worker.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker's JSON goes through the one Quarkus-managed {@code ObjectMapper} (injected into the wiring): no class
 * makes a default mapper of its own, which would miss the application's Jackson configuration and cost each class
 * its own caches in a Lambda's cold start.
 */
class OneObjectMapperTest {

    @Test
    void noWorkerClass_makesAnObjectMapperOfItsOwn() throws IOException {
        List<Path> offenders;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            offenders = sources.filter(p -> p.toString().endsWith(".java")).filter(OneObjectMapperTest::makesOne).toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static boolean makesOne(Path source) {
        try {
            return Files.readString(source).contains("new ObjectMapper(");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
