package dev.fieldcrm.api.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A customer's website on its own port: serves the HTML pages of a folder (the repository's example site), with the
 * example's placeholders replaced (API address, form key). Reached as {@code http://localhost:PORT} and as
 * {@code http://127.0.0.1:PORT} — two origins, so one can be allowed for a form and the other not.
 */
public final class Website implements AutoCloseable {
    private final Map<String, String> replace = new ConcurrentHashMap<>();
    private HttpServer server;

    private Website() {
    }

    /** Serves {@code folder}'s files, each placeholder given to {@link #replacing} replaced by its value. */
    public static Website serving(Path folder) {
        Website site = new Website();
        site.server = site.start(folder.toAbsolutePath().normalize());
        return site;
    }

    /** From now on, pages show {@code value} where they say {@code placeholder}. */
    public Website replacing(String placeholder, String value) {
        replace.put(placeholder, value);
        return this;
    }

    private HttpServer start(Path folder) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String name = exchange.getRequestURI().getPath().replaceFirst("^/$", "/index.html").substring(1);
                Path file = folder.resolve(name).normalize();
                byte[] body;
                int status;
                if (file.startsWith(folder) && Files.isRegularFile(file)) {
                    String text = Files.readString(file);
                    for (Map.Entry<String, String> r : replace.entrySet()) {
                        text = text.replace(r.getKey(), r.getValue());
                    }
                    body = text.getBytes(StandardCharsets.UTF_8);
                    status = 200;
                } else {
                    body = "not found".getBytes(StandardCharsets.UTF_8);
                    status = 404;
                }
                exchange.getResponseHeaders().set("Content-Type", file.toString().endsWith(".html")
                        ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's origin under the host name {@code localhost}. */
    public String localhostOrigin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The same site under {@code 127.0.0.1}: another origin for the browser and for CORS. */
    public String loopbackIpOrigin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
