package dev.fieldcrm.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the numbers were measured on. */
final class Machine {
    private Machine() {
    }

    static String describe(LoadSampler load) {
        return "- CPUs (nproc): " + Runtime.getRuntime().availableProcessors() + " × " + firstValue("/proc/cpuinfo", "model name")
                + "\n- Memory: " + firstValue("/proc/meminfo", "MemTotal")
                + "\n- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + "\n- JDK: " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + " (driver, probes and cold starts alike)"
                + "\n- 1-minute load average during the run: " + load.summary();
    }

    private static String firstValue(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
