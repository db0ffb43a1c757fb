package dev.fieldcrm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Samples the 1-minute load average during the run: the benchmark machine may be shared, and numbers taken
 * under a load of 10 on 2 cores must say so.
 */
final class LoadSampler {
    private final List<Double> samples = new ArrayList<>();

    LoadSampler start() {
        Thread.ofPlatform().daemon().name("load-sampler").start(() -> {
            while (true) {
                sample();
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        return this;
    }

    private void sample() {
        try {
            double load = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            synchronized (samples) {
                samples.add(load);
            }
        } catch (IOException | RuntimeException unavailable) {
            // Not Linux: no load figures in the report.
        }
    }

    String summary() {
        List<Double> sorted;
        synchronized (samples) {
            sorted = samples.stream().sorted().toList();
        }
        if (sorted.isEmpty()) {
            return "not available";
        }
        return String.format(Locale.ROOT, "min %.1f, median %.1f, max %.1f (%d samples, every 5 s)", sorted.get(0),
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
    }
}
