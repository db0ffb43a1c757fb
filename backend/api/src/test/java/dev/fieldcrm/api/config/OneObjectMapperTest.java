package dev.fieldcrm.api.config;

import dev.fieldcrm.core.testing.OwnObjectMappers;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's JSON goes through the one Quarkus-managed {@code ObjectMapper} (enums by name only, the application's
 * date and unknown-property settings); a class that needs something else asks it for a reader or writer (as
 * {@code InboundEventResource} does for providers' extra fields) instead of making a default mapper.
 */
class OneObjectMapperTest {

    @Test
    void noApiClass_makesAnObjectMapperOfItsOwn() {
        assertThat(OwnObjectMappers.in(Path.of("src/main/java"))).isEmpty();
    }
}
