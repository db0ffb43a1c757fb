package dev.fieldcrm.worker.reminders;

import dev.fieldcrm.core.devices.Devices;
import dev.fieldcrm.core.dynamo.ReminderServices;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.reminders.AssignmentChanges;
import dev.fieldcrm.core.reminders.Notifications;
import dev.fieldcrm.core.reminders.RecipientDevices;
import dev.fieldcrm.core.reminders.ReminderBackfill;
import dev.fieldcrm.core.reminders.ReminderChanges;
import dev.fieldcrm.core.reminders.ReminderDispatcher;
import dev.fieldcrm.worker.config.WorkerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * The reminders feature in the worker: its two stream listeners (reminder planning; deals and clients handed over),
 * its scheduled job (kind {@value ReminderDispatcher#KIND}), its on-demand backfill and the immediate {@link Notifications} for others
 * (lead capture) to call.
 */
@ApplicationScoped
public class ReminderWiring {

    @Produces @Singleton ReminderServices reminders(DynamoDbClient dynamo, WorkerConfig config, Clock clock, Postman postman,
                                                   RecipientDevices devices,
                                                   @ConfigProperty(name = "fieldcrm.reminders.parallelism", defaultValue = "8")
                                                   int parallelism) {
        return ReminderServices.onDynamo(dynamo, config.table(), config.defaultPhoneRegion(), clock, postman, devices, parallelism);
    }

    /** Pushes go to the user's enabled devices with an SNS endpoint (one Query of the user's partition). */
    @Produces @Singleton RecipientDevices recipientDevices(Devices devices) {
        return (tenantId, userId) -> devices.activeEndpoints(tenantId, userId).stream()
                .map(endpoint -> new RecipientDevices.Target(endpoint.deviceId(), endpoint.endpointArn())).toList();
    }

    @Produces @Singleton ReminderChanges reminderPlanning(ReminderServices reminders) {
        return reminders.changes();
    }

    @Produces @Singleton AssignmentChanges assignments(ReminderServices reminders) {
        return reminders.assignments();
    }

    @Produces @Singleton ReminderDispatcher reminderDispatcher(ReminderServices reminders) {
        return reminders.dispatcher();
    }

    /** The on-demand backfill of daily reminders (a schedule event naming the job and the tenant). */
    @Produces @Singleton ReminderBackfill reminderBackfill(ReminderServices reminders) {
        return reminders.backfill();
    }

    @Produces @Singleton Notifications notifications(ReminderServices reminders) {
        return reminders.notifications();
    }
}
