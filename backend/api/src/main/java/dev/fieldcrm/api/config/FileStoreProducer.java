package dev.fieldcrm.api.config;

import dev.fieldcrm.adapters.files.FileStores;
import dev.fieldcrm.core.files.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The file store of this deployment: S3 when {@code fieldcrm.files.bucket} is set (in AWS), else a local directory
 * ({@code fieldcrm.files.dir}: the local run and the tests). The worker builds the same one ({@link FileStores}).
 */
@ApplicationScoped
public class FileStoreProducer {

    @Produces @Singleton FileStore fileStore(FieldCrmConfig config) {
        return FileStores.configured(config.files(), config.dynamodb().region());
    }
}
