package dev.fieldcrm.api.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.api.support.Given;
import dev.fieldcrm.mobile.core.MobileCore;
import dev.fieldcrm.mobile.core.api.ApiClient;
import dev.fieldcrm.mobile.core.outbox.Commands;
import dev.fieldcrm.mobile.core.outbox.NewInteraction;
import dev.fieldcrm.mobile.core.outbox.NextStep;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test (runs only with {@code -Dmobile.bench=true}; see docs/benchmarks.md): syncing N queued
 * "log a visit with its next step" commands from the mobile outbox against the in-process API, next to the floor of
 * N direct API calls with the same client and bodies; the device store's size and the heap after the sync.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "mobile.bench", matches = "true")
class MobileSyncBenchmark {
    private static final int OPERATIONS = Integer.getInteger("mobile.bench.operations", 500);
    /** Overwritten on every run (mobile/bench/run-sync.sh points it at mobile/bench/results/sync.md). */
    private static final Path OUT = Path.of(System.getProperty("mobile.bench.out", "target/mobile-bench.txt"));

    @TempDir
    Path device;

    private static NewInteraction visit(int i) {
        Instant now = Instant.now();
        return new NewInteraction("VISIT", now.minus(5, ChronoUnit.MINUTES), "Bench visit " + i, "Interested", null,
                NextStep.of("CALL", "Call back " + i, now.plus(1, ChronoUnit.DAYS)), null, null, null, null);
    }

    @Test
    void syncOfQueuedOperations_nextToDirectApiCalls() throws Exception {
        URI api = URI.create("http://localhost:" + RestAssured.port);
        String floorClient = Given.client("rep1");
        String syncClient = Given.client("rep1");
        ApiClient direct = ApiClient.to(api);
        direct.localLogin("acme", "rep1");
        // Warm both paths (JIT, connections) with a few calls of each kind before measuring.
        for (int i = 0; i < 20; i++) {
            direct.send(Commands.logInteraction(floorClient, null, visit(-i)).request()
                    .withIdempotencyKey("warm-" + i + "-" + System.nanoTime()));
        }

        double floorSeconds = directCalls(direct, floorClient, "floor-");

        MobileCore app = MobileCore.open(device, api, Clock.systemUTC());
        app.api().localLogin("acme", "rep1");
        long queueStart = System.nanoTime();
        for (int i = 0; i < OPERATIONS; i++) {
            app.actions().logInteraction(syncClient, visit(i));
        }
        double queueSeconds = (System.nanoTime() - queueStart) / 1e9;
        long syncStart = System.nanoTime();
        var pushed = app.sync().push();
        double syncSeconds = (System.nanoTime() - syncStart) / 1e9;

        assertThat(pushed.sent()).isEqualTo(OPERATIONS);
        // The floor once more, now as warm as the push was: the first floor pays for JIT and DynamoDB Local warm-up.
        double floorAfterSeconds = directCalls(direct, floorClient, "floor-after-");
        long heapMb = heapUsedAfterGcMb();
        Reference.reachabilityFence(app);
        app = null;
        // What the app itself keeps after a sync: the heap it frees once it is closed (the server's data stays).
        long appHeapMb = heapMb - heapUsedAfterGcMb();
        String report = String.format(Locale.ROOT, """
                [mobile-bench] %s, %d cores, 1-minute load average at the end %.1f
                [mobile-bench] operations=%d
                [mobile-bench] floor: %d direct POST /interactions: %.2f s (%.1f ms/op)
                [mobile-bench] outbox: queue %d (files + pending placeholders): %.2f s (%.1f ms/op)
                [mobile-bench] outbox: sync (push) %d: %.2f s (%.1f ms/op), %.2fx the first floor
                [mobile-bench] floor again after the sync: %.2f s (%.1f ms/op); the push is %.2fx this floor
                [mobile-bench] device store after sync: %d KB
                [mobile-bench] memory after sync: JVM heap used after GC (API + DynamoDB Local + app) %d MB, \
                of which the app's core retains %d MB (freed when it is dropped); \
                process RSS %d MB
                """, Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), OPERATIONS, OPERATIONS,
                floorSeconds, floorSeconds * 1000 / OPERATIONS, OPERATIONS, queueSeconds,
                queueSeconds * 1000 / OPERATIONS, OPERATIONS, syncSeconds, syncSeconds * 1000 / OPERATIONS,
                syncSeconds / floorSeconds, floorAfterSeconds, floorAfterSeconds * 1000 / OPERATIONS,
                syncSeconds / floorAfterSeconds, directorySize(device) / 1024, heapMb, appHeapMb,
                residentSetMb());
        System.out.print(report);
        Files.createDirectories(OUT.toAbsolutePath().getParent());
        Files.writeString(OUT, report);
    }

    /** The floor: OPERATIONS direct calls with the same bodies as the outbox's, one after another; seconds. */
    private static double directCalls(ApiClient direct, String clientId, String keyPrefix) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < OPERATIONS; i++) {
            direct.send(Commands.logInteraction(clientId, null, visit(i)).request()
                    .withIdempotencyKey(keyPrefix + i + "-" + System.nanoTime()));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static long heapUsedAfterGcMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    /** The process's resident set (Linux {@code /proc/self/status} VmRSS), or -1 where there is no /proc. */
    private static long residentSetMb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).orElse(-1L);
        }
    }

    private static long directorySize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
