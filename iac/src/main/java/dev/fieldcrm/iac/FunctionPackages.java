package dev.fieldcrm.iac;

import java.nio.file.Path;

/**
 * The two Lambda packages the backend build writes ({@code ./mvnw package}): the stack deploys them as they are.
 * Tests pass small stand-in zips, so a synth needs no backend build.
 */
public record FunctionPackages(Path apiZip, Path workerZip) {
    /** Quarkus's Lambda entry point, the handler of both packages (as in the sam.jvm.yaml Quarkus writes). */
    public static final String HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";

    /** The packages of the Maven build, relative to {@code iac/} (where {@code cdk} runs). */
    public static FunctionPackages ofBackendBuild(Path repositoryRoot) {
        return new FunctionPackages(repositoryRoot.resolve("backend/api/target/function.zip"),
                repositoryRoot.resolve("backend/worker/target/function.zip"));
    }
}
