package dev.fieldcrm.api.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A local stand-in for Turnstile's and reCAPTCHA's siteverify endpoints (JDK HttpServer, one per test JVM). Its answer
 * depends on the response token, so tests running side by side do not disturb each other: {@code pass…} succeeds,
 * {@code down…} is an HTTP 500, {@code slow…} succeeds after 2.5 s (past the test profile's 1 s deadline), {@code internal…} is {@code success:false} with {@code internal-error}, anything else
 * is {@code success:false} with {@code invalid-input-response}. Every call is recorded.
 */
public class CaptchaStub implements QuarkusTestResourceLifecycleManager {
    /** A call the stub received: which provider's path and the form fields sent. */
    public record Call(String provider, Map<String, String> form) {
    }

    private static final ConcurrentLinkedQueue<Call> CALLS = new ConcurrentLinkedQueue<>();
    private static HttpServer server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/turnstile", exchange -> answer(exchange, "TURNSTILE"));
            server.createContext("/recaptcha", exchange -> answer(exchange, "RECAPTCHA"));
            server.createContext("/widget.js", CaptchaStub::widget);
            // A slow answer must not hold up the others: one daemon thread per call.
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "captcha-stub");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
        }
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("fieldcrm.forms.captcha.turnstile-url", base + "/turnstile",
                "fieldcrm.forms.captcha.recaptcha-url", base + "/recaptcha",
                "fieldcrm.forms.captcha.turnstile-script-url", base + "/widget.js?api=turnstile",
                "fieldcrm.forms.captcha.recaptcha-script-url", base + "/widget.js?api=grecaptcha");
    }

    /**
     * A fake of the providers' widget scripts with their explicit-render API ({@code render(box, {sitekey, callback})},
     * {@code reset(id)}, the {@code onload} callback named in the URL): a button "I am human" whose click hands the
     * page a fresh {@code pass-widget-…} token (which the siteverify stub accepts). Resets are counted on the page.
     */
    private static void widget(HttpExchange exchange) throws IOException {
        String script = """
                (function () {
                  var q = new URLSearchParams(document.currentScript.src.split('?')[1]);
                  window[q.get('api')] = window[q.get('api')] || {
                    render: function (box, options) {
                      var b = document.createElement('button');
                      b.type = 'button'; b.className = 'fake-captcha'; b.textContent = 'I am human';
                      b.setAttribute('data-sitekey', options.sitekey);
                      b.onclick = function () { options.callback('pass-widget-' + Math.random().toString(36).slice(2)); };
                      box.appendChild(b);
                      return 'widget-' + box.parentNode.id;
                    },
                    reset: function () { window.fakeCaptchaResets = (window.fakeCaptchaResets || 0) + 1; }
                  };
                  window[q.get('onload')]();
                })();
                """;
        byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/javascript");
        exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The calls that carried this response token (tokens are unique per test). */
    public static List<Call> callsWith(String responseToken) {
        return CALLS.stream().filter(c -> responseToken.equals(c.form().get("response"))).toList();
    }

    private static void answer(HttpExchange exchange, String provider) throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        CALLS.add(new Call(provider, form));
        String response = form.getOrDefault("response", "");
        if (response.startsWith("slow")) {
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int status = response.startsWith("down") ? 500 : 200;
        String body = response.startsWith("pass") || response.startsWith("slow") ? "{\"success\":true,\"hostname\":\"shop.example.com\"}"
                : response.startsWith("internal") ? "{\"success\":false,\"error-codes\":[\"internal-error\"]}"
                : response.startsWith("down") ? "oops"
                : "{\"success\":false,\"error-codes\":[\"invalid-input-response\"]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; it ends with the JVM.
    }
}
