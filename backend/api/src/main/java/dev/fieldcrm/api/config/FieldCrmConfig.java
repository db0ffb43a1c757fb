package dev.fieldcrm.api.config;

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

    interface Files {
        /** Directory of the local file store (the local run and tests). */
        Optional<java.nio.file.Path> dir();

        /** The S3 bucket of the file store in AWS; when set, it is used instead of {@link #dir()}. */
        Optional<String> bucket();

        /** The bucket's region (default: the DynamoDB region). */
        Optional<String> region();

        /** Points the S3 client at an S3-compatible endpoint; absent in AWS. */
        Optional<URI> endpoint();
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
