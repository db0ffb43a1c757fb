package dev.fieldcrm.api.faults;

import dev.fieldcrm.api.support.DynamoFaults;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded soak (runs only with {@code -Dsoak.minutes=N}; {@code backend/bench/run-soak.sh --minutes N}): the
 * fault scenario of {@link MixedWorkloadUnderFaultsTest} for N minutes with more phones, the invariant check at the
 * end, the results written to {@code soak.out} (the script points it at backend/bench/results/soak.md).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "soak.minutes", matches = "\\d+")
class SoakUnderFaults {
    private static final int MINUTES = Integer.getInteger("soak.minutes", 0);
    private static final int THREADS = Integer.getInteger("soak.threads", 16);
    private static final Path OUT = Path.of(System.getProperty("soak.out", "target/soak.md"));

    @Inject
    DynamoFaults faults;

    @Test
    void mixedLoadWithFaults_forTheGivenMinutes_keepsEveryInvariant() throws Exception {
        FaultScenario scenario = new FaultScenario(faults, 8);
        faults.reset();
        Instant start = Instant.now();
        Instant end = start.plus(Duration.ofMinutes(MINUTES));

        scenario.run(THREADS, start.toEpochMilli(), () -> Instant.now().isBefore(end));

        Duration took = Duration.between(start, Instant.now());
        Map<String, String> invariants = scenario.check();
        String report = String.format(Locale.ROOT, """
                # Soak with faults

                %s, %d cores, 1-minute load average at the end %.1f; %d minutes asked, %d s of load, %d phones (threads)
                of 8 reps, 20 %% of DynamoDB attempts failed (seed %d).

                %s""", Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), MINUTES, took.toSeconds(), THREADS,
                start.toEpochMilli(), scenario.summary(invariants));
        System.out.print(report);
        Files.createDirectories(OUT.toAbsolutePath().getParent());
        Files.writeString(OUT, report);
        faults.reset();
        assertThat(invariants).allSatisfy((name, result) -> assertThat(result).as(name).startsWith("ok"));
    }
}
