package dev.fieldcrm.api.config;

import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.files.LocalFileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The file store of this deployment: a local directory when {@code fieldcrm.files.dir} is set. */
@ApplicationScoped
public class FileStoreProducer {

    @Produces @Singleton FileStore fileStore(FieldCrmConfig config) {
        return config.files().dir()
                .<FileStore>map(LocalFileStore::new)
                .orElseThrow(() -> new IllegalStateException("no file store configured: set fieldcrm.files.dir"));
    }
}
