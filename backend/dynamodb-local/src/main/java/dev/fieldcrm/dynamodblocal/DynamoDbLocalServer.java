package dev.fieldcrm.dynamodblocal;

import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Amazon's DynamoDB Local, started in this JVM and listening on loopback.
 *
 * <p>Tests start one per JVM ({@link #inMemory()}); the local run keeps its data on disk
 * ({@link #onDisk(Path, int)}) so the demo survives a restart.
 */
public final class DynamoDbLocalServer implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final int port;

    private DynamoDbLocalServer(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** An in-memory instance on a free port. */
    public static DynamoDbLocalServer inMemory() {
        return start(List.of("-inMemory"), freePort());
    }

    /** An in-memory instance on the given port. */
    public static DynamoDbLocalServer inMemory(int port) {
        return start(List.of("-inMemory"), port);
    }

    /** An instance whose data lives in {@code directory} (one shared database file for all regions and keys). */
    public static DynamoDbLocalServer onDisk(Path directory, int port) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(List.of("-sharedDb", "-dbPath", directory.toAbsolutePath().toString()), port);
    }

    private static DynamoDbLocalServer start(List<String> storage, int port) {
        List<String> args = new ArrayList<>(storage);
        args.add("-port");
        args.add(Integer.toString(port));
        args.add("-disableTelemetry");
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            server.start();
            return new DynamoDbLocalServer(server, port);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start on port " + port, e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** An SDK client for this instance (DynamoDB Local accepts any credentials). */
    public DynamoDbClient client() {
        return client(List.of());
    }

    /** An SDK client for this instance whose calls go through the given interceptors (e.g. a call counter). */
    public DynamoDbClient client(List<ExecutionInterceptor> interceptors) {
        return DynamoDbClient.builder()
                .overrideConfiguration(c -> c.executionInterceptors(interceptors))
                .endpointOverride(endpoint())
                .region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
