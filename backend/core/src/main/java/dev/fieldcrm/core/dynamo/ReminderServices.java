package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.normalize.Phones;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.reminders.AssignmentChanges;
import dev.fieldcrm.core.reminders.Notifications;
import dev.fieldcrm.core.reminders.PreferencesService;
import dev.fieldcrm.core.reminders.RecipientDevices;
import dev.fieldcrm.core.reminders.Recipients;
import dev.fieldcrm.core.reminders.ReminderBackfill;
import dev.fieldcrm.core.reminders.ReminderChanges;
import dev.fieldcrm.core.reminders.ReminderContent;
import dev.fieldcrm.core.reminders.ReminderDelivery;
import dev.fieldcrm.core.reminders.ReminderDispatcher;
import dev.fieldcrm.core.reminders.ReminderPlanner;
import dev.fieldcrm.core.users.TeamScope;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * The reminders feature wired on one table: its own composition root beside {@link CoreServices}.
 *
 * @param preferences users' notification preferences (the API)
 * @param planner     keeps reminder slots in step with their records
 * @param changes     the stream listener that calls the planner
 * @param assignments the stream listener for deals and clients handed to someone
 * @param notifications immediate notifications ({@code leadAssigned}, also for issue 6's leads)
 * @param dispatcher  the scheduled job that sends due reminders
 * @param backfill    the on-demand job that plans the daily reminders of a tenant's users who have none
 */
public record ReminderServices(PreferencesService preferences, ReminderPlanner planner, ReminderChanges changes,
                               AssignmentChanges assignments, Notifications notifications, ReminderDispatcher dispatcher,
                               ReminderBackfill backfill) {

    /** Only what the API needs (it sends nothing): the preferences. */
    public static PreferencesService preferencesOnDynamo(DynamoDbClient dynamo, String table, String phoneRegion, Clock clock) {
        return new PreferencesService(new DynamoReminderStore(dynamo, table), new TeamScope(new DynamoUserStore(dynamo, table)),
                new DynamoChangeWriter(dynamo, table), new Phones(phoneRegion), clock);
    }

    /**
     * @param parallelism how many due reminders the dispatcher handles at once
     */
    public static ReminderServices onDynamo(DynamoDbClient dynamo, String table, String phoneRegion, Clock clock,
                                            Postman postman, RecipientDevices devices, int parallelism) {
        var store = new DynamoReminderStore(dynamo, table);
        var users = new DynamoUserStore(dynamo, table);
        var writer = new DynamoChangeWriter(dynamo, table);
        var clients = new DynamoClientQueries(dynamo, table);
        var recipients = new Recipients(store);
        var planner = new ReminderPlanner(store, recipients, clients, writer, clock);
        var delivery = new ReminderDelivery(postman, devices);
        var notifications = new Notifications(recipients, delivery, planner, clock);
        return new ReminderServices(
                new PreferencesService(store, new TeamScope(users), writer, new Phones(phoneRegion), clock),
                planner,
                new ReminderChanges(planner),
                new AssignmentChanges(notifications),
                notifications,
                new ReminderDispatcher(store, recipients, new ReminderContent(new DynamoTaskQueries(dynamo, table),
                        new DynamoAgendaQueries(dynamo, table), clients, new DynamoLeadQueries(dynamo, table)),
                        delivery, writer, parallelism),
                new ReminderBackfill(users, clients, planner));
    }
}
