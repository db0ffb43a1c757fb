package dev.fieldcrm.api.config;

import dev.fieldcrm.core.agenda.AgendaService;
import dev.fieldcrm.core.audit.AuditQueries;
import dev.fieldcrm.core.clients.ClientQueries;
import dev.fieldcrm.core.clients.ClientRules;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.clients.ContactService;
import dev.fieldcrm.core.dynamo.DynamoAuditQueries;
import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.dynamo.DynamoClientQueries;
import dev.fieldcrm.core.dynamo.DynamoIdempotencyStore;
import dev.fieldcrm.core.dynamo.DynamoJournalQueries;
import dev.fieldcrm.core.dynamo.DynamoTaskQueries;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.idempotency.IdempotencyStore;
import dev.fieldcrm.core.journal.JournalQueries;
import dev.fieldcrm.core.journal.JournalService;
import dev.fieldcrm.core.normalize.Phones;
import dev.fieldcrm.core.store.ChangeWriter;
import dev.fieldcrm.core.tasks.TaskQueries;
import dev.fieldcrm.core.tasks.TaskService;
import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.core.users.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Puts the framework-free core together: stores on the DynamoDB client, use cases on the stores. */
@ApplicationScoped
public class CoreWiring {

    @Produces @Singleton Clock clock() {
        return Clock.systemUTC();
    }

    @Produces @Singleton ChangeWriter changeWriter(DynamoDbClient dynamo, FieldCrmConfig config) {
        return new DynamoChangeWriter(dynamo, config.table());
    }

    @Produces @Singleton ClientQueries clientQueries(DynamoDbClient dynamo, FieldCrmConfig config) {
        return new DynamoClientQueries(dynamo, config.table());
    }

    @Produces @Singleton TaskQueries taskQueries(DynamoDbClient dynamo, FieldCrmConfig config) {
        return new DynamoTaskQueries(dynamo, config.table());
    }

    @Produces @Singleton JournalQueries journalQueries(DynamoDbClient dynamo, FieldCrmConfig config) {
        return new DynamoJournalQueries(dynamo, config.table());
    }

    @Produces @Singleton AuditQueries auditQueries(DynamoDbClient dynamo, FieldCrmConfig config) {
        return new DynamoAuditQueries(dynamo, config.table());
    }

    @Produces @Singleton UserStore userStore(DynamoDbClient dynamo, FieldCrmConfig config) {
        return new DynamoUserStore(dynamo, config.table());
    }

    @Produces @Singleton IdempotencyStore idempotencyStore(DynamoDbClient dynamo, FieldCrmConfig config, Clock clock) {
        return new DynamoIdempotencyStore(dynamo, config.table(), clock);
    }

    @Produces @Singleton ClientRules clientRules(FieldCrmConfig config) {
        return new ClientRules(new Phones(config.defaultPhoneRegion()));
    }

    @Produces @Singleton TeamScope teamScope(UserStore users) {
        return new TeamScope(users);
    }

    @Produces @Singleton ClientService clientService(ClientQueries clients, AuditQueries audit, UserStore users,
                                                     ChangeWriter writer, ClientRules rules, Clock clock) {
        return new ClientService(clients, audit, users, writer, rules, clock);
    }

    @Produces @Singleton ContactService contactService(ClientService clients, ChangeWriter writer, ClientRules rules, Clock clock) {
        return new ContactService(clients, writer, rules, clock);
    }

    @Produces @Singleton TaskService taskService(ClientQueries clients, TaskQueries tasks, UserStore users,
                                                 ChangeWriter writer, Clock clock) {
        return new TaskService(clients, tasks, users, writer, clock);
    }

    @Produces @Singleton JournalService journalService(ClientQueries clients, JournalQueries journal, TaskService tasks,
                                                       TeamScope team, ChangeWriter writer, Clock clock) {
        return new JournalService(clients, journal, tasks, team, writer, clock);
    }

    @Produces @Singleton AgendaService agendaService(TaskQueries tasks, TeamScope team, Clock clock) {
        return new AgendaService(tasks, team, clock);
    }
}
