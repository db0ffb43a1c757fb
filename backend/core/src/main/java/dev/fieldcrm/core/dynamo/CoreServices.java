package dev.fieldcrm.core.dynamo;

import dev.fieldcrm.core.agenda.AgendaService;
import dev.fieldcrm.core.catalog.CatalogProposalLines;
import dev.fieldcrm.core.abc.AbcService;
import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.clients.ClientRules;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.clients.ContactService;
import dev.fieldcrm.core.deals.DealOwnership;
import dev.fieldcrm.core.deals.DealService;
import dev.fieldcrm.core.deals.SalesSettingsService;
import dev.fieldcrm.core.idempotency.IdempotencyStore;
import dev.fieldcrm.core.journal.JournalService;
import dev.fieldcrm.core.normalize.Phones;
import dev.fieldcrm.core.orders.BillingService;
import dev.fieldcrm.core.orders.OrderService;
import dev.fieldcrm.core.proposals.ProposalAssembly;
import dev.fieldcrm.core.proposals.ProposalDealLink;
import dev.fieldcrm.core.proposals.ProposalService;
import dev.fieldcrm.core.tasks.TaskService;
import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.core.users.UserDirectory;
import dev.fieldcrm.core.users.UserStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/**
 * The use cases of the core, wired on one DynamoDB table: the one composition root shared by the API function,
 * the local run and the benchmark, so all three run exactly the same code.
 *
 * @param users         reads of the tenant's users
 * @param userDirectory admins' changes to the tenant's users
 * @param idempotency   earlier answers to idempotent requests
 * @param salesSettings the tenant's pipelines and sales settings
 * @param deals         deals, their stage moves, lists and the kanban board
 * @param proposals     the proposal use cases, completed at the edge with a renderer and a file store
 * @param catalog       products, conditions packages, price lists
 * @param orders        field orders, their status flow and shipments
 * @param billing       invoices, payments, receivables
 * @param abc           ABC analysis of clients by turnover and margin
 */
public record CoreServices(ClientService clients, ContactService contacts, TaskService tasks, JournalService journal,
                           AgendaService agenda, UserStore users, UserDirectory userDirectory,
                           IdempotencyStore idempotency, SalesSettingsService salesSettings, DealService deals,
                           ProposalAssembly proposals, CatalogService catalog,
                           OrderService orders, BillingService billing, AbcService abc) {

    /**
     * @param phoneRegion region for phone numbers written without a country code (ISO 3166, e.g. RU)
     */
    public static CoreServices onDynamo(DynamoDbClient dynamo, String table, String phoneRegion, Clock clock) {
        var writer = new DynamoChangeWriter(dynamo, table);
        var clientQueries = new DynamoClientQueries(dynamo, table);
        var users = new DynamoUserStore(dynamo, table);
        var team = new TeamScope(users);
        var rules = new ClientRules(new Phones(phoneRegion));
        var taskQueries = new DynamoTaskQueries(dynamo, table);
        var dealQueries = new DynamoDealQueries(dynamo, table);
        var clients = new ClientService(clientQueries, new DynamoAuditQueries(dynamo, table), users, writer, rules, clock,
                new DealOwnership(dealQueries));
        var tasks = new TaskService(clientQueries, taskQueries, users, writer, clock);
        var settingsQueries = new DynamoSettingsQueries(dynamo, table);
        var deals = new DealService(settingsQueries, dealQueries, clientQueries, tasks, users, writer, clock);
        var catalogQueries = new DynamoCatalogQueries(dynamo, table);
        var catalog = new CatalogService(catalogQueries, clientQueries, writer, clock);
        var orderQueries = new DynamoOrderQueries(dynamo, table);
        ProposalDealLink dealLink = (caller, proposal, clientOwnerId, changes) -> deals.linkProposal(caller,
                proposal.dealId(), proposal.clientId(), clientOwnerId, proposal.pdfUrl(), proposal.createdAt(), changes);
        return new CoreServices(
                clients,
                new ContactService(clients, writer, rules, clock),
                tasks,
                new JournalService(clientQueries, new DynamoJournalQueries(dynamo, table), tasks, team, writer, clock),
                new AgendaService(new DynamoAgendaQueries(dynamo, table), team, clock),
                users,
                new UserDirectory(users, writer),
                new DynamoIdempotencyStore(dynamo, table, clock),
                new SalesSettingsService(settingsQueries, dealQueries, writer, clock),
                deals,
                (renderer, files) -> new ProposalService(clientQueries, new DynamoProposalQueries(dynamo, table), writer,
                        renderer, files, new CatalogProposalLines(catalog, clock), dealLink, clock),
                catalog,
                new OrderService(clientQueries, orderQueries, catalog, team, writer, clock),
                new BillingService(clients, orderQueries, catalog, writer, clock),
                new AbcService(orderQueries, catalogQueries, settingsQueries, new DynamoAbcQueries(dynamo, table), writer, clock));
    }
}
