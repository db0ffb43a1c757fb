package dev.fieldcrm.worker.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Settings of outbound webhooks in the worker ({@code fieldcrm.webhooks.*}). */
@ConfigMapping(prefix = "fieldcrm.webhooks")
public interface WebhookSettings {
    /**
     * How long a stream batch waits, in all, for the first attempts of its new deliveries (ADR 29); attempts still
     * waiting for their receivers finish on their own.
     */
    @WithDefault("2s")
    Duration firstAttemptsBudget();

    /** Honoured only when Quarkus runs in test mode (see {@link WebhookWiring}); ignored in a deployed function. */
    TestOnly test();

    interface TestOnly {
        /** Lets deliveries reach a receiver on 127.0.0.1 / ::1. */
        @WithDefault("false")
        boolean allowLoopback();

        /** A PKCS12 file whose certificates are trusted instead of the JVM's (the test receiver's). */
        Optional<Path> trustStore();

        Optional<String> trustStorePassword();
    }
}
