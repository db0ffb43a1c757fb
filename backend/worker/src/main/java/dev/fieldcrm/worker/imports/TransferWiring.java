package dev.fieldcrm.worker.imports;

import dev.fieldcrm.adapters.validation.BeanValidationCheck;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DueJob;
import dev.fieldcrm.core.dynamo.DynamoDueQueries;
import dev.fieldcrm.core.dynamo.DynamoTransferJobs;
import dev.fieldcrm.core.dynamo.TransferServices;
import dev.fieldcrm.core.events.ScheduledJob;
import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.imports.TransferJob;
import dev.fieldcrm.core.imports.TransferService;
import dev.fieldcrm.worker.config.WorkerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** CSV import/export jobs in the worker: the use case, its stream driver and the schedule's resume of stalled jobs. */
@ApplicationScoped
public class TransferWiring {

    @Produces @Singleton TransferService transfers(CoreServices core, DynamoDbClient dynamo, WorkerConfig config,
                                                   FileStore files, Validator validator, Clock clock) {
        return TransferServices.onDynamo(core, dynamo, config.table(), config.defaultPhoneRegion(), files,
                new BeanValidationCheck(validator), clock);
    }

    @Produces @Singleton JobDriver jobDriver(TransferService transfers) {
        return new JobDriver(transfers);
    }

    @Produces @Singleton @Named("stalled-jobs") ScheduledJob stalledJobs(DynamoDbClient dynamo, WorkerConfig config,
                                                                          TransferService transfers) {
        JobResume resume = new JobResume(transfers);
        return new DueJob<>(DynamoTransferJobs.DUE_KIND, TransferJob.class, new DynamoDueQueries(dynamo, config.table()),
                resume::resume);
    }
}
