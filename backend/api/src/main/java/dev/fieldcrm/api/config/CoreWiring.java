package dev.fieldcrm.api.config;

import dev.fieldcrm.core.abc.AbcService;
import dev.fieldcrm.core.agenda.AgendaService;
import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.clients.ContactService;
import dev.fieldcrm.core.deals.DealService;
import dev.fieldcrm.core.deals.SalesSettingsService;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.idempotency.IdempotencyStore;
import dev.fieldcrm.core.journal.JournalService;
import dev.fieldcrm.core.orders.BillingService;
import dev.fieldcrm.core.orders.OrderService;
import dev.fieldcrm.core.proposals.ProposalRenderer;
import dev.fieldcrm.core.proposals.ProposalService;
import dev.fieldcrm.core.tasks.TaskService;
import dev.fieldcrm.core.users.UserDirectory;
import dev.fieldcrm.core.users.UserStore;
import dev.fieldcrm.core.reminders.PreferencesService;
import dev.fieldcrm.core.dynamo.ReminderServices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Makes the framework-free core's use cases (see {@link CoreServices}) available for injection. */
@ApplicationScoped
public class CoreWiring {

    @Produces @Singleton Clock clock() {
        return Clock.systemUTC();
    }

    @Produces @Singleton CoreServices core(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        return CoreServices.onDynamo(dynamo, config.table(), config.defaultPhoneRegion(), clock);
    }

    @Produces @Singleton ClientService clients(CoreServices core) {
        return core.clients();
    }

    @Produces @Singleton ContactService contacts(CoreServices core) {
        return core.contacts();
    }

    @Produces @Singleton TaskService tasks(CoreServices core) {
        return core.tasks();
    }

    @Produces @Singleton JournalService journal(CoreServices core) {
        return core.journal();
    }

    @Produces @Singleton AgendaService agenda(CoreServices core) {
        return core.agenda();
    }

    @Produces @Singleton UserStore users(CoreServices core) {
        return core.users();
    }

    @Produces @Singleton UserDirectory userDirectory(CoreServices core) {
        return core.userDirectory();
    }

    @Produces @Singleton IdempotencyStore idempotency(CoreServices core) {
        return core.idempotency();
    }

    @Produces @Singleton SalesSettingsService salesSettings(CoreServices core) {
        return core.salesSettings();
    }

    @Produces @Singleton DealService deals(CoreServices core) {
        return core.deals();
    }

    @Produces @Singleton ProposalService proposals(CoreServices core, ProposalRenderer renderer, FileStore files) {
        return core.proposals().with(renderer, files);
    }

    @Produces @Singleton CatalogService catalog(CoreServices core) {
        return core.catalog();
    }

    @Produces @Singleton OrderService orders(CoreServices core) {
        return core.orders();
    }

    @Produces @Singleton BillingService billing(CoreServices core) {
        return core.billing();
    }

    @Produces @Singleton AbcService abc(CoreServices core) {
        return core.abc();
    }

    @Produces @Singleton PreferencesService notificationPreferences(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        return ReminderServices.preferencesOnDynamo(dynamo, config.table(), config.defaultPhoneRegion(), clock);
    }

    /** Push devices (their endpoints are made by the worker). */
    @Produces @Singleton dev.fieldcrm.core.devices.DeviceService devices(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        return dev.fieldcrm.core.dynamo.DeviceServices.onDynamo(dynamo, config.table(), clock).service();
    }

    /** The tenant's suppression list (no senders here: the API only reads and edits the list). */
    @Produces @Singleton dev.fieldcrm.core.notify.Suppressions suppressions(DynamoDbClient dynamo, FieldCrmConfig config,
                                                                             Clock clock) {
        return dev.fieldcrm.core.dynamo.NotifyServices.suppressions(dynamo, config.table(), config.defaultPhoneRegion(), clock);
    }

    @Produces @Singleton dev.fieldcrm.core.notify.SuppressionAdmin suppressionAdmin(dev.fieldcrm.core.notify.Suppressions suppressions) {
        return dev.fieldcrm.core.dynamo.NotifyServices.suppressionAdmin(suppressions);
    }
}
