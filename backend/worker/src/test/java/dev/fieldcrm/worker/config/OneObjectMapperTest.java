package dev.fieldcrm.worker.config;

import dev.fieldcrm.core.testing.OwnObjectMappers;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worker's JSON goes through the one Quarkus-managed {@code ObjectMapper} (injected into the wiring): no class
 * makes a default mapper of its own, which would miss the application's Jackson configuration and cost each class
 * its own caches in a Lambda's cold start.
 */
class OneObjectMapperTest {

    @Test
    void noWorkerClass_makesAnObjectMapperOfItsOwn() {
        assertThat(OwnObjectMappers.in(Path.of("src/main/java"))).isEmpty();
    }
}
