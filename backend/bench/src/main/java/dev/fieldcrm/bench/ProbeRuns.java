package dev.fieldcrm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Runs {@link LatencyProbe} in a JVM started as the Lambda runtime starts the function (its unzipped zip on the
 * classpath, lambda-like flags, the function's environment), with a plan written to a properties file; the probe
 * appends its results to the output directory and logs to {@code probe-<scenario>.log} there.
 */
final class ProbeRuns {
    private final Path out;
    private final Path probeClasses;
    private final Path function;
    private final Map<String, String> env;

    ProbeRuns(Path out, Path probeClasses, Path function, Map<String, String> env) {
        this.out = out;
        this.probeClasses = probeClasses;
        this.function = function;
        this.env = env;
    }

    /** Runs the plan's {@code operations} as {@code scenario} to the end (the plan is changed: both are set in it). */
    void run(Properties plan, String scenario, String operations) throws Exception {
        plan.setProperty("scenario", scenario);
        plan.setProperty("operations", operations);
        Path planFile = out.resolve("plan-" + scenario + ".properties");
        try (var w = Files.newBufferedWriter(planFile)) {
            plan.store(w, "written by the bench driver");
        }
        Path interceptorRegistration = BenchRun.registration(out.resolve("probe-registration"));
        List<String> command = ChildJvm.command(ChildJvm.LAMBDA_FLAGS, function, List.of(probeClasses, interceptorRegistration),
                LatencyProbe.class.getName(), planFile.toString(), out.toString());
        ChildJvm.run(ChildJvm.builder(command, env), "[probe]", out.resolve("probe-" + scenario + ".log"));
        Files.deleteIfExists(planFile);
    }
}
