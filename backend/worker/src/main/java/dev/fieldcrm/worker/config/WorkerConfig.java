package dev.fieldcrm.worker.config;

import dev.fieldcrm.adapters.files.FileStoreSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.util.Optional;

/** Runtime settings of the worker function (environment variables in AWS: FIELDCRM_TABLE, …). */
@ConfigMapping(prefix = "fieldcrm")
public interface WorkerConfig {
    /** The single DynamoDB table. */
    String table();

    Dynamodb dynamodb();

    /** Region for phone numbers written without a country code (ISO 3166, e.g. RU). */
    @WithDefault("RU")
    String defaultPhoneRegion();

    Files files();

    Hygiene hygiene();

    interface Hygiene {
        /** The API's review rounds URL prefix: review emails link to {@code <prefix><round id>/export.xlsx}. */
        String reviewsUrl();
    }

    /** Where files are kept: the same settings as the API's ({@code fieldcrm.files.*}). */
    interface Files extends FileStoreSettings {
    }

    interface Dynamodb {
        /** Points the client at DynamoDB Local; absent in AWS. */
        Optional<URI> endpoint();

        @WithDefault("eu-central-1")
        String region();
    }
}
