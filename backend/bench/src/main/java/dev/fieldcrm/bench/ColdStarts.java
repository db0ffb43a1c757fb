package dev.fieldcrm.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cold init of a Lambda function as the Java runtime makes it: a fresh JVM on the unzipped zip, {@link ColdStartProbe}
 * constructs the handler and answers one event; timed from spawning the JVM to the answer line.
 */
final class ColdStarts {
    private final Path probeClasses;

    ColdStarts(Path probeClasses) {
        this.probeClasses = probeClasses;
    }

    /** One cold start. An HTTP function (API Gateway event) must answer 200; other handlers just answer. */
    ChildJvm.Answer once(String name, List<String> flags, Path taskDir, Path event, Map<String, String> env, boolean http)
            throws Exception {
        // Class-data sharing takes jars only: with an archive, the task dir's own classes and the probe go as jars.
        boolean sharing = flags.stream().anyMatch(f -> f.contains("SharedArchiveFile") || f.contains("AOTCache"));
        List<String> command = sharing
                ? ChildJvm.command(flags, List.of(jar(taskDir, taskDir.resolveSibling(taskDir.getFileName() + "-app.jar")).toString(),
                        taskDir.resolve("lib") + java.io.File.separator + "*",
                        jar(probeClasses, taskDir.resolveSibling("bench-probes.jar")).toString()),
                        ColdStartProbe.class.getName(), event.toString())
                : ChildJvm.command(flags, taskDir, List.of(probeClasses), ColdStartProbe.class.getName(), event.toString());
        ChildJvm.Answer answer = ChildJvm.timeToMarker(ChildJvm.builder(command, env), ColdStartProbe.MARKER);
        if (http && !answer.line().contains("status=200")) {
            throw new IllegalStateException(name + " answered its first event with: " + answer.line());
        }
        return answer;
    }

    /** The directory's files (without lib/) as a jar, made once. */
    private static Path jar(Path dir, Path jar) throws java.io.IOException {
        if (java.nio.file.Files.exists(jar)) {
            return jar;
        }
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar));
             var files = java.nio.file.Files.walk(dir)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile)
                    .filter(f -> !dir.relativize(f).toString().startsWith("lib" + java.io.File.separator)).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(dir.relativize(file).toString().replace(java.io.File.separatorChar, '/')));
                java.nio.file.Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /**
     * Class-data sharing for the function's own classes, made by a training run (one cold start whose JVM writes the
     * archive at exit): JDK 19+ AppCDS ({@code -XX:+AutoCreateSharedArchive}) or the JDK 24+ AOT cache (JEP 483/514,
     * which also keeps the classes linked and the lambda forms resolved). Returns the flags of the runs that use it.
     */
    List<String> trained(String kind, String name, List<String> flags, Path taskDir, Path event, Map<String, String> env,
                         boolean http, Path archive) throws Exception {
        List<String> training = new ArrayList<>(flags);
        List<String> using = new ArrayList<>(flags);
        switch (kind) {
            case "appcds" -> {
                training.addAll(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive));
                using.addAll(training);
            }
            case "aot-cache" -> {
                // The AOT cache replaces the CDS archive: the JVM refuses any -Xshare option beside it.
                training.removeIf(f -> f.startsWith("-Xshare"));
                using.removeIf(f -> f.startsWith("-Xshare"));
                training.add("-XX:AOTCacheOutput=" + archive);
                using.add("-XX:AOTCache=" + archive);
            }
            default -> throw new IllegalArgumentException(kind);
        }
        once(name + " (training, " + kind + ")", training, taskDir, event, env, http);
        return using;
    }
}
