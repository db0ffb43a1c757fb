package dev.fieldcrm.worker.support;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Invokes the worker under test the way Lambda does: posts the event JSON to Quarkus's Lambda mock event server
 * (test mode), which the function's runtime loop polls; the answer is the handler's response JSON. So the real
 * deserialisation of {@code DynamodbEvent}/{@code ScheduledEvent} and serialisation of the response run.
 * Which handler answers is the app's {@code quarkus.lambda.handler} (a test profile selects it).
 */
public final class LambdaInvoker {
    /** Quarkus's mock event server takes events here (its {@code MockEventServer.POST_EVENT}). */
    private static final String POST_EVENT = "/_lambda_";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LambdaInvoker() {
    }

    /** The handler's response to {@code eventJson}; a handler that throws fails with {@link LambdaFailed}. */
    public static String invoke(String eventJson) {
        // With test-port=0 the event server picks a free port and publishes it under the same property.
        int port = ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + POST_EVENT))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(eventJson))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new LambdaFailed(response.statusCode(), response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The function ended with an error (Lambda's "Unhandled" invocation error). */
    public static final class LambdaFailed extends RuntimeException {
        private final int status;
        private final String body;

        LambdaFailed(int status, String body) {
            super("Lambda invocation failed with " + status + ": " + body);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }
    }
}
