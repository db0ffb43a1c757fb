package dev.fieldcrm.worker.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fieldcrm.core.dynamo.WebhookServices;
import dev.fieldcrm.core.webhooks.AddressGuard;
import dev.fieldcrm.core.webhooks.DeliveryPolicy;
import dev.fieldcrm.core.webhooks.Resolver;
import dev.fieldcrm.core.webhooks.SafeTargets;
import dev.fieldcrm.core.webhooks.WebhookDeadLetters;
import dev.fieldcrm.core.webhooks.WebhookDispatcher;
import dev.fieldcrm.core.webhooks.WebhookRetryJob;
import dev.fieldcrm.core.webhooks.WebhookTransport;
import dev.fieldcrm.worker.config.WorkerConfig;
import dev.fieldcrm.worker.notify.NotifyConfig;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.Optional;

/**
 * Outbound webhooks in the worker: the stream listener that makes and attempts deliveries, the retry job on the due
 * index, the SSRF-safe HTTPS transport and the dead-letter queue (the notifications' SQS queue).
 *
 * <p>Two settings exist for tests only and are ignored unless Quarkus runs in test mode (so no environment variable
 * can weaken a deployed function): {@code fieldcrm.webhooks.test.allow-loopback} (a receiver on 127.0.0.1) and
 * {@code fieldcrm.webhooks.test.trust-store} (a PKCS12 file with the test receiver's certificate, password
 * {@code fieldcrm.webhooks.test.trust-store-password}).
 */
@ApplicationScoped
public class WebhookWiring {
    private static final Logger LOG = Logger.getLogger(WebhookWiring.class);

    @Produces @Singleton WebhookServices webhookServices(DynamoDbClient dynamo, WorkerConfig config, Clock clock) {
        return WebhookServices.onDynamo(dynamo, config.table(), clock);
    }

    @Produces @Singleton HttpsWebhookTransport webhookTransport(WebhookSettings settings) {
        boolean allowLoopback = settings.test().allowLoopback();
        Optional<Path> trustStore = settings.test().trustStore();
        String trustStorePassword = settings.test().trustStorePassword().orElse("");
        boolean testMode = LaunchMode.current() == LaunchMode.TEST;
        if (!testMode && (allowLoopback || trustStore.isPresent())) {
            LOG.warn("fieldcrm.webhooks.test.* settings are ignored outside tests");
        }
        AddressGuard guard = testMode && allowLoopback ? AddressGuard.allowingLoopbackForTests() : AddressGuard.strict();
        SSLContext tls = testMode && trustStore.isPresent() ? trusting(trustStore.get(), trustStorePassword) : defaultTls();
        return HttpsWebhookTransport.withDefaults(new SafeTargets(Resolver.system(), guard), tls);
    }

    void close(@Disposes HttpsWebhookTransport transport) throws IOException {
        transport.close();
    }

    /**
     * Mode aws: the notification dead-letter queue (SQS), marked {@code kind=webhook}; mode capture (local run,
     * tests): a structured log line. Either way the parked delivery stays visible in its delivery log.
     */
    @Produces @Singleton WebhookDeadLetters webhookDeadLetters(NotifyConfig notify, Instance<SqsClient> sqs, ObjectMapper json) {
        if (notify.mode() == NotifyConfig.Mode.CAPTURE) {
            return new LoggingWebhookDeadLetters();
        }
        String queueUrl = notify.deadLetterQueueUrl().orElseThrow(() -> new IllegalStateException(
                "fieldcrm.notify.dead-letter-queue-url must be set in mode aws"));
        return new SqsWebhookDeadLetters(sqs.get(), queueUrl, json);
    }

    /** Also a {@code ChangeListener}: the stream handler hands it every change. */
    @Produces @Singleton WebhookDispatcher webhookDispatcher(WebhookServices webhooks, HttpsWebhookTransport transport,
                                                             WebhookDeadLetters deadLetters, WebhookSettings settings) {
        WebhookTransport asPort = transport;
        return webhooks.dispatcher(asPort, deadLetters,
                DeliveryPolicy.defaults().withFirstAttemptsBudget(settings.firstAttemptsBudget()));
    }

    @Produces @Singleton WebhookRetryJob webhookRetryJob(WebhookServices webhooks, WebhookDispatcher dispatcher) {
        return webhooks.retryJob(dispatcher);
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no default TLS context", e);
        }
    }

    static SSLContext trusting(Path pkcs12, String password) {
        try (InputStream in = Files.newInputStream(pkcs12)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test trust store " + pkcs12, e);
        }
    }
}
