package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.clients.ClientRules;
import dev.fieldcrm.core.deals.DealScope;
import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.imports.ClientTransfer;
import dev.fieldcrm.core.imports.ContactTransfer;
import dev.fieldcrm.core.imports.DealTransfer;
import dev.fieldcrm.core.imports.EntityTransfer;
import dev.fieldcrm.core.imports.InputCheck;
import dev.fieldcrm.core.imports.PriceListLineTransfer;
import dev.fieldcrm.core.imports.ProductTransfer;
import dev.fieldcrm.core.imports.TransferService;
import dev.fieldcrm.core.normalize.Phones;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.List;

/**
 * Wires CSV import/export on top of the core's use cases. Separate from {@link CoreServices} because it needs two
 * ports the core's other use cases do not: the file store and the input check (Bean Validation at the API edge).
 * A new importable entity is one {@link EntityTransfer} added to the list below.
 */
public final class TransferServices {
    private TransferServices() {
    }

    public static TransferService onDynamo(CoreServices core, DynamoDbClient dynamo, String table, String phoneRegion,
                                           FileStore files, InputCheck check, Clock clock) {
        var queries = new DynamoClientQueries(dynamo, table);
        var rules = new ClientRules(new Phones(phoneRegion));
        List<EntityTransfer> entities = List.of(
                new ClientTransfer(core.clients(), queries, rules),
                new ContactTransfer(core.clients(), core.contacts(), queries, rules),
                new ProductTransfer(core.catalog()),
                new PriceListLineTransfer(core.catalog(), new DynamoCatalogQueries(dynamo, table)),
                new DealTransfer(core.deals(), new DealScope(new DynamoDealQueries(dynamo, table), core.users())));
        return new TransferService(entities, new DynamoTransferJobs(dynamo, table), new DynamoChangeWriter(dynamo, table),
                files, check, clock);
    }
}
