package dev.fieldcrm.mobile.app.login;

import com.sun.net.httpserver.HttpServer;
import dev.fieldcrm.mobile.core.auth.SignInFailed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The desktop's redirect: a one-shot HTTP listener on the loopback interface at the redirect URI's port and path
 * (RFC 8252 7.3). Cognito matches callback URLs exactly, port included, so the port is fixed by configuration
 * rather than picked at random; the listener binds to 127.0.0.1 only, so nothing off the machine can reach it.
 */
public final class LoopbackRedirect implements RedirectReceiver {
    private final URI redirect;
    private final Duration patience;

    /** @param patience how long the rep may take in the browser */
    public LoopbackRedirect(URI redirect, Duration patience) {
        if (!"http".equals(redirect.getScheme()) || redirect.getPort() < 0) {
            throw new IllegalArgumentException("a loopback redirect is http://localhost:<port>/<path>: " + redirect);
        }
        this.redirect = redirect;
        this.patience = patience;
    }

    @Override
    public URI receive(Runnable openBrowser) throws SignInFailed {
        CompletableFuture<URI> answer = new CompletableFuture<>();
        HttpServer server = listen(answer);
        try {
            openBrowser.run();
            return answer.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SignInFailed("no answer from the sign-in page within " + patience.toMinutes() + " min");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInFailed("sign-in interrupted");
        } catch (ExecutionException e) {
            throw new SignInFailed("sign-in answer unreadable: " + e.getCause());
        } finally {
            server.stop(0);
        }
    }

    private HttpServer listen(CompletableFuture<URI> answer) {
        try {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), redirect.getPort()), 0);
            server.createContext(redirect.getPath().isEmpty() ? "/" : redirect.getPath(), exchange -> {
                byte[] page = "<html><body><p>FieldCRM: signed in. You can close this window.</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
                answer.complete(redirect.resolve(exchange.getRequestURI()));
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for the sign-in answer on " + redirect, e);
        }
    }
}
