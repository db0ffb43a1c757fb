package dev.fieldcrm.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A JVM started the way the Lambda Java runtime starts one: the task directory and its lib/ on the classpath. */
final class ChildJvm {
    /**
     * What the java21 managed runtime passes for a 512 MB function (C1 only, serial GC, class-data sharing); the
     * heap is the runtime's default share of 512 MB. Approximate: the runtime's exact flags are not published.
     */
    static final List<String> LAMBDA_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx445m");

    /**
     * Needed on JDK 24+ only (Lambda's java21 does not need it): without it JBoss Threads cannot reset thread
     * locals, and Quarkus's executor threads die after a task (seen here: worker threads replaced mid-run,
     * then a request that never completed).
     */
    static final List<String> JDK24_OPENS = List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED");

    private ChildJvm() {
    }

    static List<String> command(List<String> flags, Path taskDir, List<Path> extra, String mainClass, String... args) {
        List<String> classpath = new ArrayList<>(List.of(taskDir.toString(), taskDir.resolve("lib") + File.separator + "*"));
        extra.forEach(p -> classpath.add(p.toString()));
        return command(flags, classpath, mainClass, args);
    }

    /** With the classpath given entry by entry. */
    static List<String> command(List<String> flags, List<String> classpath, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JDK24_OPENS);
        command.addAll(flags);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath));
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    static ProcessBuilder builder(List<String> command, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        return builder;
    }

    /** Runs to the end, echoing the child's lines that start with {@code echoPrefix}. */
    static void run(ProcessBuilder builder, String echoPrefix, Path log) throws IOException, InterruptedException {
        Process process = builder.redirectOutput(log.toFile()).start();
        try (var tail = new java.io.RandomAccessFile(log.toFile(), "r")) {
            long position = 0;
            while (process.isAlive() || position < tail.length()) {
                tail.seek(position);
                String line;
                while ((line = tail.readLine()) != null) {
                    if (line.startsWith(echoPrefix)) {
                        System.out.println(new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
                    }
                    position = tail.getFilePointer();
                }
                if (process.isAlive()) {
                    Thread.sleep(200);
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("child JVM failed (exit " + process.exitValue() + "), see " + log);
        }
    }

    /** Milliseconds from starting the process to the line that starts with {@code marker}; the line itself. */
    record Answer(double millis, String line) {
    }

    static Answer timeToMarker(ProcessBuilder builder, String marker) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(marker)) {
                    double millis = (System.nanoTime() - started) / 1e6;
                    process.waitFor();
                    return new Answer(millis, line);
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException("the child JVM never answered:\n" + seen);
        } finally {
            process.destroy();
        }
    }
}
