package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.dynamo.LeadServices;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.testing.LocalTable;
import dev.fieldcrm.core.users.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The assignment engine on DynamoDB Local: fairness under concurrency, disabled reps, and its calls. */
class LeadAssignmentTest {
    private static final String TENANT = "leadco";
    private static final LeadFields LEAD = new LeadFields("Anna", null, "anna@example.com", null, "RU", null, "Kazan",
            null, null, null);
    private static final LeadRouting NO_ROUTING = new LeadRouting(null, null, null, null, null);

    private LeadAssignment assigner;
    private DynamoUserStore users;

    @BeforeEach
    void freshTable() {
        String table = LocalTable.fresh();
        users = new DynamoUserStore(LocalTable.client(), table);
        assigner = LeadServices.onDynamo(LocalTable.client(), table).assigner();
        for (String id : List.of("rep1", "rep2", "rep3")) {
            users.save(TENANT, user(id, Role.REP, true));
        }
        users.save(TENANT, user("rep-disabled", Role.REP, false));
        users.save(TENANT, user("mgr", Role.MANAGER, true));
    }

    private static User user(String id, Role role, boolean active) {
        return new User(id, id, id + "@example.com", Set.of(role), "east", "UTC", "en", active, 1);
    }

    @Test
    void hundredParallelLeads_areSpreadOverTheActiveReps_withinOneOfTheMean_andTheDisabledRepGetsNone() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<String>> leads = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                leads.add(() -> assigner.assign(TENANT, LEAD, NO_ROUTING));
            }
            List<String> assignees = new ArrayList<>();
            for (Future<String> done : pool.invokeAll(leads)) {
                assignees.add(done.get());
            }
            Map<String, Long> perRep = assignees.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(perRep.keySet()).containsExactlyInAnyOrder("rep1", "rep2", "rep3");
            double mean = 100.0 / 3;
            assertThat(perRep.values()).allSatisfy(n -> assertThat((double) n).isBetween(mean - 1, mean + 1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void consecutiveLeads_takeTurnsInIdOrder() {
        List<String> assignees = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            assignees.add(assigner.assign(TENANT, LEAD, NO_ROUTING));
        }
        // The counter starts at 1: rep2 first, then rep3, rep1, …
        assertThat(assignees).containsExactly("rep2", "rep3", "rep1", "rep2", "rep3", "rep1");
    }

    @Test
    void aRoundRobinAssignment_costsGetItemQueryAndOneUpdateItem() {
        LocalTable.CALLS.reset();
        assigner.assign(TENANT, LEAD, NO_ROUTING);
        assertThat(LocalTable.CALLS.made()).containsExactly("GetItem", "Query", "UpdateItem");
    }

    @Test
    void aFixedActiveOwner_costsOneGetItem() {
        LocalTable.CALLS.reset();
        assertThat(assigner.assign(TENANT, LEAD, new LeadRouting(null, null, null, "rep3", null))).isEqualTo("rep3");
        assertThat(LocalTable.CALLS.made()).containsExactly("GetItem");
    }

    @Test
    void withoutActiveReps_theManagersTakeTheLeads_andATenantWithNobodyActiveGetsNull_notAnException() {
        for (String id : List.of("rep1", "rep2", "rep3")) {
            users.save(TENANT, user(id, Role.REP, false));
        }
        assertThat(assigner.assign(TENANT, LEAD, NO_ROUTING)).isEqualTo("mgr");
        users.save(TENANT, user("mgr", Role.MANAGER, false));
        assertThat(assigner.assign(TENANT, LEAD, NO_ROUTING)).isNull();
        assertThat(assigner.assign("empty-tenant", LEAD, NO_ROUTING)).isNull();
    }
}
