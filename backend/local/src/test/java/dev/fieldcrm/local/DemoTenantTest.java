package dev.fieldcrm.local;

import dev.fieldcrm.core.agenda.Agenda;
import dev.fieldcrm.core.agenda.AgendaService;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.dynamo.DynamoClientQueries;
import dev.fieldcrm.core.dynamo.DynamoTaskQueries;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.dynamo.TableDesign;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.dynamodblocal.DynamoDbLocalServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo that ./run-local prints login instructions for must really contain what the README promises. */
class DemoTenantTest {
    private static DynamoDbLocalServer server;
    private static DynamoDbClient dynamo;
    private static int seeded;

    @BeforeAll
    static void seed() {
        server = DynamoDbLocalServer.inMemory();
        dynamo = server.client();
        TableDesign.createIfMissing(dynamo, "demo-test");
        DemoTenant demo = new DemoTenant(dynamo, "demo-test", Clock.systemUTC());
        assertThat(demo.isSeeded()).isFalse();
        seeded = demo.seed(25);
        assertThat(demo.isSeeded()).isTrue();
    }

    @AfterAll
    static void stop() {
        dynamo.close();
        server.close();
    }

    @Test
    void demoHasAManagerTwoRepsAndAnAdmin_andFiftyClients() {
        assertThat(new DynamoUserStore(dynamo, "demo-test").list(DemoTenant.TENANT))
                .extracting(u -> u.id()).containsExactlyInAnyOrder("maria", "anna", "ivan", "admin");
        assertThat(seeded).isEqualTo(50);
        var annas = new DynamoClientQueries(dynamo, "demo-test").byOwner(DemoTenant.TENANT, "anna", null, PageRequest.first(200));
        assertThat(annas.items()).hasSize(25);
    }

    @Test
    void everyRepHasOverdueAndTodaysStepsOnTheAgenda_andLaterOnesAreNotThere() {
        var tasks = new DynamoTaskQueries(dynamo, "demo-test");
        var agenda = new AgendaService(tasks, new TeamScope(new DynamoUserStore(dynamo, "demo-test")), Clock.systemUTC());
        for (String rep : new String[]{"anna", "ivan"}) {
            Agenda today = agenda.today(new Caller(DemoTenant.TENANT, rep, Set.of(Role.REP), DemoTenant.TEAM, DemoTenant.ZONE),
                    null, PageRequest.first(200));
            assertThat(today.overdue()).as(rep + " overdue").isPositive();
            assertThat(today.dueToday()).as(rep + " due today").isPositive();
            assertThat(today.items().size()).as(rep + " has later steps too").isLessThan(25);
        }
    }

    @Test
    void aDemoCardHasItsKeyPersonRecentInteractionsAndOneOpenStep() {
        var queries = new DynamoClientQueries(dynamo, "demo-test");
        String clientId = queries.byOwner(DemoTenant.TENANT, "ivan", null, PageRequest.first(1)).items().getFirst().id();
        ClientCard card = queries.card(DemoTenant.TENANT, clientId).orElseThrow();
        assertThat(card.contacts()).hasSize(1);
        assertThat(card.openTasks()).hasSize(1);
        assertThat(card.client().recentInteractions()).hasSize(2);
        assertThat(card.client().details().geography().lat()).isNotNull();
    }

    @Test
    void demoClientsArePricedFromTheCatalog_partnersFromTheirOwnList_andTheFirstClientsHaveOrders() {
        var core = dev.fieldcrm.core.dynamo.CoreServices.onDynamo(dynamo, "demo-test", "RU", Clock.systemUTC());
        Caller anna = new Caller(DemoTenant.TENANT, "anna", Set.of(Role.REP), DemoTenant.TEAM, DemoTenant.ZONE);
        var annas = new DynamoClientQueries(dynamo, "demo-test").byOwner(DemoTenant.TENANT, "anna", null, PageRequest.first(200)).items();
        int partners = 0;
        for (var client : annas) {
            var choice = core.catalog().applicablePriceList(anna, client.id(), null, null);
            boolean partner = "Партнёр".equals(client.details().conditionsPackage());
            assertThat(choice.priceList().id()).isEqualTo(partner ? "PARTNER" : "BASE");
            partners += partner ? 1 : 0;
        }
        assertThat(partners).isPositive();
        assertThat(core.catalog().products(anna, true, PageRequest.first(200)).items()).hasSize(8);
        assertThat(core.orders().list(anna, null, null, PageRequest.first(200)).items())
                .extracting(o -> o.status().name()).containsExactlyInAnyOrder("SUBMITTED", "DRAFT");
    }
}
