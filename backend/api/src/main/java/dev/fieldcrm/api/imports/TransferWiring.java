package dev.fieldcrm.api.imports;

import dev.fieldcrm.adapters.validation.BeanValidationCheck;
import dev.fieldcrm.api.config.FieldCrmConfig;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.TransferServices;
import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.imports.TransferService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Makes CSV import/export ({@link TransferServices}) available for injection. */
@ApplicationScoped
public class TransferWiring {

    @Produces @Singleton TransferService transfers(CoreServices core, DynamoDbClient dynamo, FieldCrmConfig config,
                                                   FileStore files, Validator validator, Clock clock) {
        return TransferServices.onDynamo(core, dynamo, config.table(), config.defaultPhoneRegion(), files,
                new BeanValidationCheck(validator), clock);
    }
}
