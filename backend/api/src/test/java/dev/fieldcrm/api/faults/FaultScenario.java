package dev.fieldcrm.api.faults;

import dev.fieldcrm.api.orders.Sales;
import dev.fieldcrm.api.support.Api;
import dev.fieldcrm.api.support.DynamoDbLocalResource;
import dev.fieldcrm.api.support.DynamoFaults;
import dev.fieldcrm.api.support.LeadCapture;
import dev.fieldcrm.api.support.TestData;
import dev.fieldcrm.api.webforms.FormFixtures;
import dev.fieldcrm.core.analytics.ReconciliationReport;
import dev.fieldcrm.core.dynamo.AnalyticsServices;
import dev.fieldcrm.core.dynamo.DynamoClientQueries;
import dev.fieldcrm.core.dynamo.DynamoDealQueries;
import dev.fieldcrm.core.dynamo.DynamoJournalQueries;
import dev.fieldcrm.core.dynamo.DynamoLeadQueries;
import dev.fieldcrm.core.dynamo.DynamoOrderQueries;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.leads.LeadStatus;
import dev.fieldcrm.core.journal.JournalFilter;
import dev.fieldcrm.core.shared.Pages;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static dev.fieldcrm.api.support.Api.as;

/**
 * The fault scenario of the fault test and the soak: reps of a tenant of its own work through the real HTTP API as
 * phones do ({@link Phone}) while {@link DynamoFaults} fails a share of DynamoDB attempts; afterwards, with the faults
 * off, {@link #check} compares what the phones were told with what the table holds (by Query) and reconciles the
 * aggregates kept from the tenant's stream. Each worker thread is one rep's phone; a deal is moved only by the phone
 * that made it, so its versions are exact.
 */
final class FaultScenario {
    private static final String[] STAGES = {"accepted", "needs-analysed"};

    private final DynamoFaults faults;
    private final Phone phone = new Phone();
    private final String tenant;
    private final FormFixtures.Form form;
    private final String pkg;
    private final String sku;
    private final List<String> reps = new ArrayList<>();
    private final AnalyticsServices analytics;
    private final LeadCapture stream;
    /** What the phones were told: the id of each acknowledged record, by kind. */
    private final Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, DealSeen> deals = new ConcurrentHashMap<>();
    private final Set<String> submissions = ConcurrentHashMap.newKeySet();

    /** A deal as its phone knows it: stage, version, moves that went through, and whether versions only grew. */
    private static final class DealSeen {
        String stage = "new";
        long version;
        int moves;
        boolean monotonic = true;

        void saw(long newVersion) {
            monotonic &= newVersion > version;
            version = newVersion;
        }
    }

    FaultScenario(DynamoFaults faults, int reps) {
        this.faults = faults;
        faults.disarm();
        DynamoDbClient dynamo = DynamoDbLocalResource.client();
        this.analytics = AnalyticsServices.onDynamo(dynamo, DynamoDbLocalResource.TABLE, Clock.systemUTC());
        this.stream = LeadCapture.fromNow(analytics.changes());
        this.form = FormFixtures.newForm(FormFixtures.form("Contact us"));
        this.tenant = form.tenant();
        DynamoUserStore users = new DynamoUserStore(dynamo, DynamoDbLocalResource.TABLE);
        for (int i = 1; i <= reps; i++) {
            String rep = "rep" + i;
            users.save(tenant, new User(rep, "Rep " + i, rep + "@example.com", Set.of(Role.REP), "north", "UTC", "en", true, 1));
            Api.token(tenant, rep);
            this.reps.add(rep);
        }
        // A catalog to take orders from: a product on the price list of a conditions package every client gets.
        this.pkg = Sales.code("PKG");
        this.sku = Sales.code("SKU");
        manager().body(Map.of("name", "Package " + pkg, "discountPercent", "0", "paymentTermDays", 30))
                .put("/api/v1/conditions-packages/" + pkg).then().statusCode(200);
        manager().body(Sales.product("Product " + sku, "20")).put("/api/v1/products/" + sku).then().statusCode(200);
        String list = Sales.code("PL");
        manager().body(Sales.priceListBody("RUB", pkg, null, "2020-01-01", null)).put("/api/v1/price-lists/" + list)
                .then().statusCode(200);
        manager().body(Map.of("lines", List.of(Map.of("sku", sku, "price", "100.00"))))
                .put("/api/v1/price-lists/" + list + "/lines").then().statusCode(200);
    }

    private RequestSpecification manager() {
        return as(tenant, "mia");
    }

    String tenant() {
        return tenant;
    }

    Phone phone() {
        return phone;
    }

    /** Runs {@code threads} phones (rep i % reps each) with faults armed, while {@code another} says so; then disarms. */
    void run(int threads, long seed, BooleanSupplier another) throws Exception {
        String token = FormFixtures.token(form.key());
        faults.arm(seed);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> phones = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String rep = reps.get(t % reps.size());
                Random random = new Random(seed + t);
                phones.add(pool.submit(() -> work(rep, token, random, another)));
            }
            for (Future<?> each : phones) {
                each.get();
            }
        } finally {
            faults.disarm();
            pool.shutdown();
        }
    }

    /** One phone: a client, then visits, deals and their moves, orders and web leads in a seeded mix. */
    private void work(String rep, String token, Random random, BooleanSupplier another) {
        List<String> clients = new ArrayList<>();
        List<String> ownDeals = new ArrayList<>();
        while (another.getAsBoolean()) {
            // Of 20: a new client 1, visits 7, a new deal 2, moves 4, orders 5, a web lead 1 (the public form allows
            // 10 submissions per address and minute, and the phones all come from one address).
            int pick = random.nextInt(20);
            if (clients.isEmpty() || pick == 0) {
                String id = createClient(rep);
                if (id != null) {
                    clients.add(id);
                }
            } else if (pick <= 7) {
                logVisit(rep, clients.get(random.nextInt(clients.size())));
            } else if (pick <= 9 || ownDeals.isEmpty()) {
                String id = createDeal(rep, clients.get(random.nextInt(clients.size())));
                if (id != null) {
                    ownDeals.add(id);
                }
            } else if (pick <= 13) {
                moveDeal(rep, ownDeals.get(random.nextInt(ownDeals.size())));
            } else if (pick <= 18) {
                putOrder(rep, clients.get(random.nextInt(clients.size())));
            } else {
                submitLead(token);
            }
        }
    }

    private void ack(String kind, String id) {
        acknowledged.computeIfAbsent(kind, k -> ConcurrentHashMap.newKeySet()).add(id);
    }

    private static boolean no(Response conflict) {
        return false;
    }

    private String createClient(String rep) {
        String key = "client-" + TestData.ulid();
        Map<String, Object> body = TestData.client("Client " + TestData.next());
        body.put("conditionsPackage", pkg);
        Response created = phone.send("create client", () -> as(tenant, rep).header("Idempotency-Key", key).body(body)
                .post("/api/v1/clients"), FaultScenario::no);
        return created == null ? null : remember("client", created.path("id"));
    }

    private String remember(String kind, String id) {
        ack(kind, id);
        return id;
    }

    private void logVisit(String rep, String clientId) {
        String key = "visit-" + TestData.ulid();
        Map<String, Object> body = TestData.interaction(Instant.now().minus(1, ChronoUnit.MINUTES),
                TestData.nextStep(Instant.now().plus(2, ChronoUnit.DAYS)));
        Response logged = phone.send("log visit", () -> as(tenant, rep).header("Idempotency-Key", key).body(body)
                .post("/api/v1/clients/" + clientId + "/interactions"), FaultScenario::no);
        if (logged != null) {
            ack("visit", logged.path("interaction.id"));
        }
    }

    private String createDeal(String rep, String clientId) {
        String key = "deal-" + TestData.ulid();
        Map<String, Object> body = Map.of("title", "Deal " + TestData.next(), "clientId", clientId);
        Response created = phone.send("create deal", () -> as(tenant, rep).header("Idempotency-Key", key).body(body)
                .post("/api/v1/deals"), FaultScenario::no);
        if (created == null) {
            return null;
        }
        DealSeen seen = new DealSeen();
        seen.saw(created.jsonPath().getLong("version"));
        String id = created.path("id");
        deals.put(id, seen);
        return remember("deal", id);
    }

    /** A move with If-Match; on 412 the phone re-reads: at the target already (its lost answer) → done, else again. */
    private void moveDeal(String rep, String dealId) {
        DealSeen seen = deals.get(dealId);
        String target = STAGES[seen.moves % 2];
        boolean[] appliedEarlier = new boolean[1];
        Response moved = phone.send("move deal", () -> as(tenant, rep).header("If-Match", "\"" + seen.version + "\"")
                .body(Map.of("stageId", target)).post("/api/v1/deals/" + dealId + "/moves"), conflict -> {
                    Response now = phone.send("read deal", () -> as(tenant, rep).get("/api/v1/deals/" + dealId), FaultScenario::no);
                    if (now == null) {
                        return false;
                    }
                    long version = now.jsonPath().getLong("deal.version");
                    if (version != seen.version) {
                        seen.saw(version);
                    }
                    appliedEarlier[0] = target.equals(now.path("deal.stageId"));
                    return appliedEarlier[0];
                });
        if (moved != null) {
            seen.saw(moved.jsonPath().getLong("version"));
        }
        if (moved != null || appliedEarlier[0]) {
            seen.moves++;
            seen.stage = target;
        }
    }

    private void putOrder(String rep, String clientId) {
        String id = TestData.ulid();
        Map<String, Object> body = Sales.orderBody(sku, "1");
        Response stored = phone.send("put order", () -> as(tenant, rep).body(body)
                .put("/api/v1/clients/" + clientId + "/orders/" + id), FaultScenario::no);
        if (stored != null) {
            ack("order", id);
        }
    }

    private void submitLead(String token) {
        String submissionId = "sub-" + TestData.ulid();
        Object body = FormFixtures.submission(submissionId, token, "lead." + TestData.next() + "@example.com");
        if (phone.send("submit lead", () -> FormFixtures.submit(form, body), FaultScenario::no) != null) {
            submissions.add(submissionId);
        }
    }

    /** Invariants, checked with the faults off: each a name → whether it held and what was compared. */
    Map<String, String> check() {
        faults.disarm();
        DynamoDbClient dynamo = DynamoDbLocalResource.client();
        String table = DynamoDbLocalResource.TABLE;
        Map<String, String> results = new LinkedHashMap<>();
        Set<String> clients = new HashSet<>();
        Set<String> visits = new HashSet<>();
        Set<String> storedDeals = new HashSet<>();
        Set<String> orders = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String rep : reps) {
            Pages.each(page -> new DynamoClientQueries(dynamo, table).byOwner(tenant, rep, null, page), c -> addOnce(clients, c.id(), duplicates));
            Pages.each(page -> new DynamoJournalQueries(dynamo, table).byAuthor(tenant, rep, new JournalFilter(InteractionType.VISIT, null, null), page),
                    i -> addOnce(visits, i.id(), duplicates));
            Pages.each(page -> new DynamoDealQueries(dynamo, table).byOwner(tenant, rep, null, page), d -> {
                addOnce(storedDeals, d.id(), duplicates);
                DealSeen seen = deals.get(d.id());
                if (seen != null && (seen.version != d.version() || !seen.stage.equals(d.stageId()) || seen.moves + 1 != d.version())) {
                    duplicates.add("deal " + d.id() + " stored v" + d.version() + " at " + d.stageId() + ", phone saw v"
                            + seen.version + " at " + seen.stage + " after " + seen.moves + " moves");
                }
            });
            Pages.each(page -> new DynamoOrderQueries(dynamo, table).byOwner(tenant, rep, null, page), o -> addOnce(orders, o.id(), duplicates));
        }
        results.put("every acknowledged client stored exactly once, no other", same("client", clients));
        results.put("every acknowledged visit stored exactly once, no other", same("visit", visits));
        results.put("every acknowledged deal stored exactly once, no other", same("deal", storedDeals));
        results.put("every acknowledged order stored exactly once, no other", same("order", orders));
        results.put("no item listed twice; deals at the phone's last stage and version (1 + moves)",
                duplicates.isEmpty() ? "ok" : "FAILED " + duplicates);
        results.put("deal versions only grew as the phones saw them",
                deals.values().stream().allMatch(d -> d.monotonic) ? "ok" : "FAILED");
        DynamoLeadQueries leads = new DynamoLeadQueries(dynamo, table);
        int[] leadCount = new int[1];
        try {
            stream.processUntil(tenant, () -> {
                leadCount[0] = 0;
                for (LeadStatus status : LeadStatus.values()) {
                    Pages.each(page -> leads.all(tenant, status, page), lead -> leadCount[0]++);
                }
                return leadCount[0] >= submissions.size();
            });
        } catch (AssertionError notAll) {
            // Reported below with the counts.
        }
        results.put("one lead per acknowledged web-form submission", leadCount[0] == submissions.size()
                ? "ok (" + leadCount[0] + ")" : "FAILED: " + leadCount[0] + " leads for " + submissions.size()
                + " submissions, failed inbound requests " + leads.failed(tenant, dev.fieldcrm.core.shared.PageRequest.first(50)).items());
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        ReconciliationReport report = analytics.reconciliation().reconcile(tenant, month, true);
        results.put("aggregates from the stream reconcile with zero drift", report.driftCount() == 0
                ? "ok" : "FAILED: " + report.driftCount() + " drifted " + report.drifts());
        List<String> violations = phone.violations();
        results.put("no 500; every 5xx problem+json without internals; every operation went through",
                violations.isEmpty() ? "ok" : "FAILED " + violations.subList(0, Math.min(10, violations.size())));
        return results;
    }

    /** The run in Markdown: operations, answers, injected faults, the SDK's retries, and the invariants' results. */
    String summary(Map<String, String> invariants) {
        StringBuilder text = new StringBuilder();
        text.append("| operation | went through |\n| --- | --- |\n");
        phone.done().forEach((op, n) -> text.append("| ").append(op).append(" | ").append(n).append(" |\n"));
        text.append("\n| operation and answer | count |\n| --- | --- |\n");
        phone.answers().forEach((answer, n) -> text.append("| ").append(answer).append(" | ").append(n).append(" |\n"));
        text.append("\n| injected fault (per DynamoDB attempt) | count |\n| --- | --- |\n");
        faults.injected().forEach((kind, n) -> text.append("| ").append(kind).append(" | ").append(n).append(" |\n"));
        text.append("\nDynamoDB calls ").append(faults.calls()).append(", SDK retries ").append(faults.sdkRetries())
                .append(", faults injected ").append(faults.injectedTotal()).append("\n");
        text.append("\n| invariant | result |\n| --- | --- |\n");
        invariants.forEach((name, result) -> text.append("| ").append(name).append(" | ").append(result).append(" |\n"));
        return text.toString();
    }

    private static void addOnce(Set<String> ids, String id, List<String> duplicates) {
        if (!ids.add(id)) {
            duplicates.add(id);
        }
    }

    private String same(String kind, Set<String> stored) {
        Set<String> told = acknowledged.getOrDefault(kind, Set.of());
        Set<String> lost = new HashSet<>(told);
        lost.removeAll(stored);
        Set<String> extra = new HashSet<>(stored);
        extra.removeAll(told);
        return lost.isEmpty() && extra.isEmpty() ? "ok (" + told.size() + ")"
                : "FAILED: " + told.size() + " acknowledged, " + stored.size() + " stored, lost " + lost + ", not acknowledged " + extra;
    }
}
