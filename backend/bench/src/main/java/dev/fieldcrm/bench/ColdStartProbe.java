package dev.fieldcrm.bench;

import io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold invocation, as the Lambda Java runtime makes it: load the handler class, construct it, answer one
 * event. Prints a marker line the driver waits for (it times from spawning this JVM to that line).
 * Argument: the event JSON file.
 */
public final class ColdStartProbe {
    static final String MARKER = "FIELDCRM-BENCH-ANSWERED";

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        byte[] event = Files.readAllBytes(Path.of(args[0]));
        long entered = System.nanoTime();
        QuarkusStreamHandler handler = new QuarkusStreamHandler();
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), response, new LambdaContext("cold"));
        long inMain = System.nanoTime() - entered;
        System.out.println(MARKER + " status=" + HttpApiEvent.status(response.toByteArray())
                + " main_ms=" + inMain / 1_000_000);
        System.out.flush();
        System.exit(0);
    }
}
