package dev.fieldcrm.api.local;

import dev.fieldcrm.api.auth.LocalTokens;
import dev.fieldcrm.api.auth.TokenVerifier;
import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local login, the local outbox and the local token verifier exist only in the dev and test build profiles:
 * the Lambda (prod profile) has no such routes and trusts only the claims API Gateway's JWT authorizer verified.
 */
class LocalOnlyBeansTest {

    @Test
    void everyLocalRouteAndTheLocalVerifier_areLeftOutOfTheProductionBuild() throws IOException {
        List<Class<?>> localOnly = Stream.concat(localRoutes().stream(), Stream.of(LocalTokens.class)).toList();
        assertThat(localOnly).as("local routes").extracting(Class::getSimpleName).contains("LocalLoginResource");
        for (Class<?> type : localOnly) {
            IfBuildProfile profile = type.getAnnotation(IfBuildProfile.class);
            assertThat(profile).as("@IfBuildProfile on %s", type).isNotNull();
            assertThat(profile.anyOf()).as("profiles of %s", type).containsOnly("dev", "test");
        }
    }

    @Test
    void theOnlyTokenVerifier_isTheLocalOne() throws IOException {
        assertThat(apiClasses().filter(TokenVerifier.class::isAssignableFrom).filter(c -> !c.isInterface()).toList())
                .containsExactly(LocalTokens.class);
    }

    private static List<Class<?>> localRoutes() throws IOException {
        return apiClasses().filter(c -> c.isAnnotationPresent(Path.class)
                && c.getAnnotation(Path.class).value().startsWith("/api/v1/local")).toList();
    }

    /** Every class compiled from the api module's main sources. */
    private static Stream<Class<?>> apiClasses() throws IOException {
        java.nio.file.Path root = Paths.get("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(LocalOnlyBeansTest::load).toList().stream();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, LocalOnlyBeansTest.class.getClassLoader());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException(name, e);
        }
    }
}
