package dev.fieldcrm.bench;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.function.BiConsumer;

/**
 * The measured users' own data in the bench tenant, written through the core's use cases: the users, rep-000's
 * clients with steps due today (the agenda), the log rep's clients (one per worker, and as many for the floor), the
 * sales reps' deals (one per worker each), the order client, the receivables client. Returns the plan properties
 * that name them for {@link LatencyProbe}.
 */
final class MeasuredData {
    static final int AGENDA_STEPS = 20;
    static final int RECEIVABLE_INVOICES = 8;
    /** Clients of the sales operations: one per deal rep, one for orders, one with receivables. */
    static final int SALES_CLIENTS = 4;

    private MeasuredData() {
    }

    /** Clients written here: agenda, log (API and floor), sales. */
    static int clients(int workers) {
        return AGENDA_STEPS + 2 * workers + SALES_CLIENTS;
    }

    static Properties seed(DynamoDbClient dynamo, String table, Clock clock, int reps, int workers,
                           BiConsumer<String, Long> fact) {
        BenchTenant tenant = new BenchTenant(dynamo, table, clock);
        long t0 = System.nanoTime();
        tenant.saveUsers(reps);
        List<String> agendaClients = tenant.clientsWithStepsDueToday(BenchTenant.rep(0), BenchTenant.team(0), AGENDA_STEPS, 1);
        List<String> logClients = tenant.clientsWithStepsDueToday(BenchTenant.LOG_REP, BenchTenant.team(0), 2 * workers, 101);
        long ts = System.nanoTime();
        BenchSales sales = new BenchSales(dynamo, table, clock);
        sales.users();
        List<String> skus = sales.catalog();
        // Client numbers past the log clients' (101 …) keep phones and tax ids unique in the tenant.
        int n = 101 + 2 * workers;
        String dealClient = sales.client(BenchSales.SALES_REP, n);
        String floorDealClient = sales.client(BenchSales.SALES_FLOOR_REP, n + 1);
        List<String> moveDeals = sales.deals(BenchSales.SALES_REP, dealClient, workers);
        List<String> floorMoveDeals = sales.deals(BenchSales.SALES_FLOOR_REP, floorDealClient, workers);
        String orderClient = sales.client(BenchSales.SALES_REP, n + 2);
        String receivablesClient = sales.client(BenchSales.SALES_REP, n + 3);
        sales.receivables(BenchSales.SALES_REP, receivablesClient, skus, RECEIVABLE_INVOICES);
        fact.accept("seed_sales_ms", (System.nanoTime() - ts) / 1_000_000);
        fact.accept("seed_use_case_clients", (long) clients(workers));
        fact.accept("seed_use_case_ms", (System.nanoTime() - t0) / 1_000_000);

        Properties plan = new Properties();
        plan.setProperty("rep", BenchTenant.rep(0));
        plan.setProperty("repTeam", BenchTenant.team(0));
        plan.setProperty("cardClient", agendaClients.get(0));
        plan.setProperty("logRep", BenchTenant.LOG_REP);
        plan.setProperty("logRepTeam", BenchTenant.team(0));
        plan.setProperty("logClients", String.join(",", logClients.subList(0, workers)));
        plan.setProperty("floorLogClients", String.join(",", logClients.subList(workers, 2 * workers)));
        plan.setProperty("salesRep", BenchSales.SALES_REP);
        plan.setProperty("salesFloorRep", BenchSales.SALES_FLOOR_REP);
        plan.setProperty("salesTeam", BenchTenant.team(0));
        plan.setProperty("manager", BenchSales.MANAGER);
        plan.setProperty("moveDeals", String.join(",", moveDeals));
        plan.setProperty("floorMoveDeals", String.join(",", floorMoveDeals));
        plan.setProperty("orderClient", orderClient);
        plan.setProperty("orderSkus", String.join(",", skus.subList(0, 20)));
        plan.setProperty("receivablesClient", receivablesClient);
        return plan;
    }
}
