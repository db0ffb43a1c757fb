package dev.fieldcrm.bench;

import dev.fieldcrm.core.clients.Address;
import dev.fieldcrm.core.clients.BuyingRole;
import dev.fieldcrm.core.clients.Category;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.clients.ClientType;
import dev.fieldcrm.core.clients.CompanySize;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.clients.ContactService;
import dev.fieldcrm.core.clients.Geography;
import dev.fieldcrm.core.clients.Priority;
import dev.fieldcrm.core.clients.Requisites;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.journal.InteractionInput;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.journal.JournalService;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskPlan;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The benchmark tenant's hand-made part, written through the core's use cases (as the API would): the users,
 * the measured rep's clients whose next steps make up the agenda, and the clients the log-interaction
 * workers log on. The bulk of the tenant comes from {@link BulkClients}.
 */
final class BenchTenant {
    static final String TENANT = "bench";
    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final String LOG_REP = "rep-log";

    private final UserStore users;
    private final ClientService clients;
    private final ContactService contacts;
    private final JournalService journal;
    private final Clock clock;
    private final String tenant;

    BenchTenant(DynamoDbClient dynamo, String table, Clock clock) {
        this(dynamo, table, clock, TENANT);
    }

    BenchTenant(DynamoDbClient dynamo, String table, Clock clock, String tenant) {
        this.clock = clock;
        this.tenant = tenant;
        CoreServices core = CoreServices.onDynamo(dynamo, table, "RU", clock);
        this.users = core.users();
        this.clients = core.clients();
        this.contacts = core.contacts();
        this.journal = core.journal();
    }

    static String rep(int n) {
        return String.format("rep-%03d", n);
    }

    static String team(int rep) {
        return String.format("t%02d", rep / 10);
    }

    void saveUsers(int reps) {
        for (int r = 0; r < reps; r++) {
            users.save(tenant, new User(rep(r), "Rep " + r, rep(r) + "@bench.fieldcrm.dev", Set.of(Role.REP), team(r),
                    ZONE.getId(), "ru", true, 1));
        }
        users.save(tenant, new User(LOG_REP, "Logging rep", "log@bench.fieldcrm.dev", Set.of(Role.REP), team(0),
                ZONE.getId(), "ru", true, 1));
    }

    /**
     * {@code count} clients of the rep, each with two key people and one logged visit whose next step is due
     * today or overdue (alternately), so all of them are on today's agenda. Returns the client ids.
     */
    List<String> clientsWithStepsDueToday(String repId, String teamId, int count, int numberBase) {
        Caller rep = new Caller(tenant, repId, Set.of(Role.REP), teamId, ZONE);
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = numberBase + i;
            Client client = clients.create(rep, null, details(n), null);
            var person = contacts.add(rep, client.id(), null, new ContactDetails("Contact " + n, BuyingRole.values()[n % 5],
                    "Purchasing director", List.of(phone(n, 5)), List.of("buyer" + n + "@c" + n + ".example"),
                    null, null, true, true), null);
            contacts.add(rep, client.id(), null, new ContactDetails("Director " + n, BuyingRole.values()[(n + 1) % 5],
                    "CEO", List.of(phone(n, 7)), List.of("ceo" + n + "@c" + n + ".example"), null, null, true, true), null);
            Instant visited = today.minusDays(3).atTime(11, 0).atZone(ZONE).toInstant();
            Instant due = i % 2 == 0 ? today.minusDays(1).atTime(10, 0).atZone(ZONE).toInstant()
                    : today.atTime(0, 30).plusMinutes(30L * i).atZone(ZONE).toInstant();
            journal.log(rep, client.id(), null, new InteractionInput(InteractionType.VISIT, visited, person.id(), "visit",
                    "Checked the shelf, took photos", "Wants a volume discount",
                    new TaskPlan(TaskKind.CALL, "Call about the discount", due, null, person.id(), null),
                    null, null, null, null), null);
            ids.add(client.id());
        }
        return ids;
    }

    static ClientDetails details(int n) {
        return new ClientDetails("ООО «Клиент " + n + "»", "ООО", "Wholesale trade", "Distribution",
                CompanySize.values()[n % 4], List.of(new Address("office", "Moscow, Lenina st. " + (n % 200 + 1))),
                List.of(phone(n, 1)), List.of("office" + n + "@c" + n + ".example"),
                new Requisites(String.format("77%08d", 10_000_000 + n), null, null, null),
                new Geography("Russia", "Moscow", "Moscow", "Lenina st. " + (n % 200 + 1), 55.75, 37.61),
                "dealer", Priority.values()[n % 3], ClientType.values()[n % 3], Category.values()[n % 4], "Standard",
                null, null, 1 + n % 5, null);
    }

    // Mobile numbers of the 911/915/917 ranges, unique per client number (phones are unique per tenant).
    private static String phone(int n, int kind) {
        return String.format("+7 91%d %07d", kind, n);
    }
}
