package dev.fieldcrm.worker.webhooks;

import dev.fieldcrm.core.webhooks.SafeTargets;
import dev.fieldcrm.core.webhooks.TargetRefused;
import dev.fieldcrm.core.webhooks.WebhookTransport;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The worker's webhook POST, SSRF-safe (Apache HttpClient 5, classic):
 * <ul>
 *   <li>https only; the host is resolved by {@link SafeTargets} through the client's own {@link DnsResolver}, which
 *       refuses the whole call if any address is forbidden — and the connection is opened to exactly the vetted
 *       addresses, while TLS still uses the host name for SNI and certificate verification (no window for DNS
 *       rebinding between the check and the connect);</li>
 *   <li>no proxy from system properties (it would connect on our behalf), no redirects (a 3xx is the answer),
 *       no automatic retries (the dispatcher retries with backoff), no cookies, no compression (the size bound is
 *       on what is transferred), no connection reuse;</li>
 *   <li>connect timeout ({@code connectTimeout}), socket timeout and an overall deadline ({@code totalTimeout}: the
 *       request is cancelled when it passes, however slowly the receiver trickles bytes);</li>
 *   <li>at most {@code maxResponseBytes} of the answer are read; the rest is never downloaded.</li>
 * </ul>
 */
public final class HttpsWebhookTransport implements WebhookTransport, AutoCloseable {
    private static final int MAX_CONNECTIONS = 100;
    private final CloseableHttpClient client;
    private final Duration totalTimeout;
    private final int maxResponseBytes;
    private final ScheduledExecutorService deadlines;

    /**
     * @param tls the TLS context (the JVM's default trust in production; tests trust their receiver's certificate)
     */
    public HttpsWebhookTransport(SafeTargets targets, SSLContext tls, Duration connectTimeout, Duration totalTimeout,
                                 int maxResponseBytes) {
        this.totalTimeout = totalTimeout;
        this.maxResponseBytes = maxResponseBytes;
        DnsResolver vettingResolver = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                try {
                    return targets.vetted(host).toArray(InetAddress[]::new);
                } catch (TargetRefused refused) {
                    throw new RefusedHost(refused.getMessage());
                }
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;  // never a reverse lookup: TLS verifies the name the subscriber configured
            }
        };
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(vettingResolver)
                        // A stream batch's first attempts run concurrently, several often to one receiver.
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setTlsSocketStrategy(new DefaultClientTlsStrategy(tls))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(totalTimeout))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(false)
                        .setConnectionRequestTimeout(Timeout.of(totalTimeout))
                        .setResponseTimeout(Timeout.of(totalTimeout))
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .setConnectionReuseStrategy((request, response, context) -> false)
                .build();
        this.deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "webhook-deadline");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Production settings: 2 s to connect, 5 s in all, 4 KiB of the answer. */
    public static HttpsWebhookTransport withDefaults(SafeTargets targets, SSLContext tls) {
        return new HttpsWebhookTransport(targets, tls, Duration.ofSeconds(2), Duration.ofSeconds(5), 4096);
    }

    @Override
    public Response post(URI url, Map<String, String> headers, byte[] body) {
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            throw new Failure("only https URLs are called", true, null);
        }
        HttpPost post = new HttpPost(url);
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        ScheduledFuture<?> deadline = deadlines.schedule(post::cancel, totalTimeout.toMillis(), TimeUnit.MILLISECONDS);
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, post, null);
            return new Response(response.getCode(), readAtMost(response.getEntity()));
        } catch (RefusedHost refused) {
            throw new Failure(refused.getMessage(), true, null);
        } catch (InterruptedIOException timedOut) {
            throw new Failure("no answer within " + totalTimeout.toSeconds() + " s (" + timedOut.getClass().getSimpleName() + ")", false, null);
        } catch (SSLException tls) {
            throw new Failure("TLS failed: " + tls.getMessage(), false, null);
        } catch (IOException e) {
            if (post.isCancelled()) {
                throw new Failure("no complete answer within " + totalTimeout.toSeconds() + " s", false, null);
            }
            throw new Failure("connection failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), false, null);
        } finally {
            deadline.cancel(false);
            // Drop the connection before closing the response: closing would otherwise read the rest of the body
            // to its end. What was not read is never downloaded.
            post.cancel();
            closeQuietly(response);
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException alreadyDropped) {
                // the connection was cancelled on purpose
            }
        }
    }

    private String readAtMost(HttpEntity entity) throws IOException {
        if (entity == null) {
            return "";
        }
        // Not closed here: closing the content stream drains it (see post()).
        InputStream in = entity.getContent();
        return new String(in.readNBytes(maxResponseBytes), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }

    /** The resolver's refusal, carried through the client as the I/O failure it expects from a resolver. */
    private static final class RefusedHost extends UnknownHostException {
        RefusedHost(String message) {
            super(message);
        }
    }
}
