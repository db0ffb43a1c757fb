package dev.fieldcrm.worker.config;

import dev.fieldcrm.adapters.files.FileStores;
import dev.fieldcrm.core.files.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The worker's file store, the API's: S3 when {@code fieldcrm.files.bucket} is set (AWS), else a local directory. */
@ApplicationScoped
public class FileStoreWiring {

    @Produces @Singleton FileStore fileStore(WorkerConfig config) {
        return FileStores.configured(config.files(), config.dynamodb().region());
    }
}
