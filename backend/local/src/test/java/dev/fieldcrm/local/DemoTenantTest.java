package dev.fieldcrm.local;

import dev.fieldcrm.core.agenda.Agenda;
import dev.fieldcrm.core.agenda.AgendaService;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealBoard;
import dev.fieldcrm.core.deals.DealStatus;
import dev.fieldcrm.core.deals.DealView;
import dev.fieldcrm.core.deals.SalesDefaults;
import dev.fieldcrm.core.deals.StageChange;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoClientQueries;
import dev.fieldcrm.core.dynamo.DynamoAgendaQueries;
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
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
        var agenda = new AgendaService(new DynamoAgendaQueries(dynamo, "demo-test"), new TeamScope(new DynamoUserStore(dynamo, "demo-test")), Clock.systemUTC());
        for (String rep : new String[]{"anna", "ivan"}) {
            Agenda today = agenda.today(new Caller(DemoTenant.TENANT, rep, Set.of(Role.REP), DemoTenant.TEAM, DemoTenant.ZONE),
                    null, PageRequest.first(200));
            assertThat(today.overdue()).as(rep + " overdue").isPositive();
            assertThat(today.dueToday()).as(rep + " due today").isPositive();
            assertThat(today.items().size()).as(rep + " has later steps too").isLessThan(25);
        }
    }

    @Test
    void demoContactEmails_areAscii_soTheyCanBeDeliveredWithoutSmtputf8() {
        assertThat(DemoTenant.latin("сергей")).isEqualTo("sergey");
        assertThat(DemoTenant.latin("наталья")).isEqualTo("natalya");
        assertThat(DemoTenant.latin("алексей")).isEqualTo("aleksey");
        var queries = new DynamoClientQueries(dynamo, "demo-test");
        List<String> emails = queries.byOwner(DemoTenant.TENANT, "anna", null, PageRequest.first(25)).items().stream()
                .map(c -> queries.card(DemoTenant.TENANT, c.id()).orElseThrow())
                .flatMap(card -> card.contacts().stream()).flatMap(contact -> contact.details().emails().stream()).toList();
        assertThat(emails).isNotEmpty().allMatch(email -> email.matches("[a-z0-9.]+@[a-z0-9.]+"), "ASCII");
    }

    @Test
    void aDemoCardHasItsKeyPersonRecentInteractionsAndOneOpenStep() {
        var queries = new DynamoClientQueries(dynamo, "demo-test");
        // A client of ivan's without a frozen deal (freezing a deal plans a second step on its card).
        ClientCard card = queries.byOwner(DemoTenant.TENANT, "ivan", null, PageRequest.first(25)).items().stream()
                .map(c -> queries.card(DemoTenant.TENANT, c.id()).orElseThrow())
                .filter(c -> c.openDeals().stream().noneMatch(d -> d.stageId().equals("frozen")))
                .findFirst().orElseThrow();
        assertThat(card.contacts()).hasSize(1);
        assertThat(card.openTasks()).hasSize(1);
        assertThat(card.client().recentInteractions()).hasSize(2);
        assertThat(card.client().details().geography().lat()).isNotNull();
    }

    private static Caller caller(String userId, Role role) {
        return new Caller(DemoTenant.TENANT, userId, Set.of(role), DemoTenant.TEAM, DemoTenant.ZONE);
    }

    private static List<Deal> teamDeals() {
        return core().deals().list(caller("maria", Role.MANAGER), null, null, null, null, PageRequest.first(200)).items();
    }

    private static CoreServices core() {
        return CoreServices.onDynamo(dynamo, "demo-test", "RU", Clock.systemUTC());
    }

    @Test
    void everyStageOfBothDefaultPipelines_holdsADemoDealOfEachRep_onTheirBoards() {
        for (String pipeline : List.of(SalesDefaults.CLIENTS_PIPELINE, SalesDefaults.PARTNERS_PIPELINE)) {
            for (String rep : List.of("anna", "ivan")) {
                DealBoard board = core().deals().board(caller(rep, Role.REP), pipeline, null, null);
                assertThat(board.columns()).as(rep + "'s " + pipeline + " board").isNotEmpty()
                        .allSatisfy(column -> assertThat(column.count()).as(rep + " at " + pipeline + "/" + column.stageId()).isPositive())
                        .allSatisfy(column -> assertThat(column.deals()).as(rep + " at " + pipeline + "/" + column.stageId()).isNotEmpty());
            }
            DealBoard team = core().deals().board(caller("maria", Role.MANAGER), pipeline, null, null);
            assertThat(team.columns()).allSatisfy(column -> assertThat(column.count()).isGreaterThanOrEqualTo(2));
        }
    }

    @Test
    void demoDeals_walkedThroughTheirStages_withAmountsSourcesAndTheLinksTheStagesRequire() {
        List<Deal> deals = teamDeals();
        assertThat(deals).hasSize(34);
        assertThat(deals).allSatisfy(d -> {
            assertThat(d.amount()).isNotNull();
            assertThat(d.source()).isIn(SalesDefaults.settings().sources());
        });
        Deal won = deals.stream().filter(d -> d.pipelineId().equals("clients") && d.stageId().equals("won")).findFirst().orElseThrow();
        assertThat(won.closeReason()).isIn(SalesDefaults.settings().wonReasons());
        assertThat(won.proposalLink()).isNotNull();
        assertThat(won.demoLink()).isNotNull();
        assertThat(won.budget()).isNotNull();
        DealView history = core().deals().get(caller("maria", Role.MANAGER), won.id());
        assertThat(history.history()).extracting(StageChange::toStageId)
                .containsExactly("new", "accepted", "needs-analysed", "proposal-sent", "demo-done", "negotiation", "won");
        assertThat(Duration.between(history.history().getFirst().at(), history.history().getLast().at()))
                .as("the history spreads over weeks, not the seeding second").isGreaterThan(Duration.ofDays(7));
        assertThat(deals).filteredOn(d -> d.stageId().equals("lost"))
                .isNotEmpty().allSatisfy(d -> assertThat(d.closeReason()).isIn(SalesDefaults.settings().lostReasons()));
        assertThat(deals).filteredOn(d -> d.stageId().equals("contract-signed"))
                .isNotEmpty().allSatisfy(d -> assertThat(d.status()).isEqualTo(DealStatus.WON));
    }

    @Test
    void aFrozenDemoDeal_hasItsReturnStepOnTheCard_andATrialHasItsEndDay() {
        LocalDate today = LocalDate.now(DemoTenant.ZONE);
        Deal frozen = teamDeals().stream().filter(d -> d.pipelineId().equals("clients") && d.stageId().equals("frozen"))
                .findFirst().orElseThrow();
        assertThat(frozen.frozenUntil()).isAfter(today);
        ClientCard card = new DynamoClientQueries(dynamo, "demo-test").card(DemoTenant.TENANT, frozen.clientId()).orElseThrow();
        assertThat(card.openTasks()).anySatisfy(task -> {
            assertThat(task.id()).isEqualTo(frozen.returnTaskId());
            assertThat(task.title()).startsWith("Return to deal");
            assertThat(task.assigneeId()).isEqualTo(frozen.ownerId());
        });
        Deal trial = teamDeals().stream().filter(d -> d.stageId().equals("trial")).findFirst().orElseThrow();
        assertThat(trial.trialEndsAt()).isAfter(today);
    }

    @Test
    void theHygieneRulesHaveOffenders_aDealWhoseOwnerDoesNotOwnItsClient_andADealWithoutAClient() {
        List<Deal> deals = teamDeals();
        assertThat(deals).filteredOn(Deal::ownershipMismatch).hasSize(1)
                .allSatisfy(d -> assertThat(d.ownerId()).isEqualTo("ivan"));
        assertThat(deals).filteredOn(d -> d.clientId() == null).hasSize(1);
    }

    @Test
    void demoClientsArePricedFromTheCatalog_partnersFromTheirOwnList_andTheFirstClientsHaveOrders() {
        CoreServices core = core();
        Caller anna = caller("anna", Role.REP);
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
                .extracting(o -> o.status().name())
                .contains("SUBMITTED", "DRAFT", "CONFIRMED", "INVOICED", "PARTIALLY_PAID");
    }

    @Test
    void demoSales_giveTheCardsReceivablesAndAnAbcClass_fromAToC() {
        CoreServices core = core();
        Caller anna = caller("anna", Role.REP);
        var annas = new DynamoClientQueries(dynamo, "demo-test").byOwner(DemoTenant.TENANT, "anna", null, PageRequest.first(200)).items();
        java.util.Set<String> classes = new java.util.HashSet<>();
        int owing = 0;
        for (var client : annas) {
            var card = core.clients().card(anna, client.id());
            if (card.abc() != null) {
                classes.add(card.abc().turnoverClass().name());
            }
            owing += card.receivables().balances().isEmpty() ? 0 : 1;
        }
        assertThat(classes).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(owing).isGreaterThanOrEqualTo(5);
    }
}
