package dev.fieldcrm.iac;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The two Lambda packages the backend build writes ({@code ./mvnw package}): the stack deploys them as they are.
 * Tests pass small stand-in zips, so a synth needs no backend build.
 */
public record FunctionPackages(Path apiZip, Path workerZip) {
    /** Quarkus's Lambda entry point, the handler of both packages (as in the sam.jvm.yaml Quarkus writes). */
    public static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";

    /** The packages of the Maven build, relative to {@code iac/} (where {@code cdk} runs); both must exist. */
    public static FunctionPackages ofBackendBuild(Path repositoryRoot) {
        FunctionPackages packages = new FunctionPackages(repositoryRoot.resolve("backend/api/target/function.zip"),
                repositoryRoot.resolve("backend/worker/target/function.zip"));
        for (Path zip : List.of(packages.apiZip(), packages.workerZip())) {
            if (!Files.isRegularFile(zip)) {
                throw new IllegalStateException(zip.toAbsolutePath().normalize() + " is missing: build the functions "
                        + "first (./mvnw -B package -DskipTests -pl backend/api,backend/worker -am)");
            }
        }
        return packages;
    }
}
