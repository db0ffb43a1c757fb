package dev.fieldcrm.api.config;

import dev.fieldcrm.adapters.files.FileStoreSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.util.Optional;

/** Runtime settings of the API function (environment variables in AWS: FIELDCRM_TABLE, …). */
@ConfigMapping(prefix = "fieldcrm")
public interface FieldCrmConfig {
    /** The single DynamoDB table. */
    String table();

    Dynamodb dynamodb();

    /** Region for phone numbers written without a country code (ISO 3166, e.g. RU). */
    @WithDefault("RU")
    String defaultPhoneRegion();

    Files files();

    Jobs jobs();

    Sync sync();

    interface Sync {
        /**
         * How old a feed entry must be before {@code /api/v1/sync} serves it: the worker places a change at its own
         * time a moment later, so a cursor must not pass a time whose entries may still arrive (tests: 0).
         */
        @WithDefault("20s")
        java.time.Duration settle();
    }

    interface Jobs {
        /**
         * Whether this process runs import/export jobs itself (a background executor: dev and test profiles). Off in
         * AWS, where a Lambda's process is frozen after it answers: the worker drives the jobs from the stream.
         */
        @WithDefault("false")
        boolean inProcess();
    }

    /** Where files are kept (the settings are shared with the worker). */
    interface Files extends FileStoreSettings {
    }

    /** {@code fieldcrm.notify.*} ({@code notify()} is taken by {@link Object}). */
    @io.smallrye.config.WithName("notify")
    Notifications notifications();

    interface Notifications {
        /** The local run's outbox (written by the worker in mode capture), read by the local-only outbox endpoint. */
        @WithDefault(".local/outbox")
        java.nio.file.Path captureDir();
    }

    interface Dynamodb {
        /** Points the client at DynamoDB Local; absent in AWS. */
        Optional<URI> endpoint();

        @WithDefault("eu-central-1")
        String region();
    }
}
