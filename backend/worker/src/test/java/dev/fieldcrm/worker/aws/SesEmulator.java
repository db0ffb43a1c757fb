package dev.fieldcrm.worker.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The npm SES v2 emulator {@code aws-ses-v2-local} as a child process: installed once into
 * {@code target/ses-emulator} with npm (non-interactive: {@code CI=true}, no stdin), started on a free port, stopped
 * after the tests. Without npm the tests fail and say so; they are never skipped.
 */
final class SesEmulator implements AutoCloseable {
    static final String PACKAGE = "aws-ses-v2-local@2.10.2";
    private static final Path HOME = Path.of("target", "ses-emulator");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final URI endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    private SesEmulator(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    static SesEmulator start() throws IOException, InterruptedException {
        Path bin = HOME.resolve("node_modules/.bin/aws-ses-v2-local");
        if (!Files.isExecutable(bin)) {
            install();
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(bin.toAbsolutePath().toString(), "--port", String.valueOf(port), "--host", "127.0.0.1")
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        CompletableFuture<Boolean> running = CompletableFuture.supplyAsync(() -> awaitRunning(process));
        try {
            if (!running.get(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the SES emulator exited before it was running");
            }
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            throw new IllegalStateException("the SES emulator (" + PACKAGE + ") did not start", e);
        }
        return new SesEmulator(process, URI.create("http://127.0.0.1:" + port));
    }

    private static boolean awaitRunning(Process process) {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains("server running")) {
                    // keep draining its output so the child never blocks on a full pipe
                    Thread.ofVirtual().start(() -> out.lines().forEach(l -> { }));
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(HOME);
        ProcessBuilder npm = new ProcessBuilder("npm", "install", "--prefix", HOME.toAbsolutePath().toString(),
                "--no-audit", "--no-fund", "--no-progress", "--loglevel=error", PACKAGE)
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        npm.environment().put("CI", "true");
        Process process;
        try {
            process = npm.start();
        } catch (IOException e) {
            throw new IllegalStateException("npm is needed to install the SES v2 emulator " + PACKAGE
                    + " for SesEmailSenderTest; install Node.js (20+) with npm", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("npm install " + PACKAGE + " failed:\n" + output);
        }
    }

    URI endpoint() {
        return endpoint;
    }

    /** The emails the emulator received ({@code GET /store}). */
    List<JsonNode> emails() throws IOException, InterruptedException {
        String body = http.send(HttpRequest.newBuilder(endpoint.resolve("/store")).build(), HttpResponse.BodyHandlers.ofString()).body();
        JsonNode emails = JSON.readTree(body).get("emails");
        return emails == null ? List.of() : List.copyOf(emails.valueStream().toList());
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }
}
