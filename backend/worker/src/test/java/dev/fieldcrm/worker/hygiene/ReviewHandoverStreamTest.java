package dev.fieldcrm.worker.hygiene;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealInput;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.dynamo.HygieneServices;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.hygiene.review.Decision;
import dev.fieldcrm.core.hygiene.review.ReviewRound;
import dev.fieldcrm.core.hygiene.review.ReviewRow;
import dev.fieldcrm.core.hygiene.review.RowStatus;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.dynamodblocal.StreamPump;
import dev.fieldcrm.worker.config.WorkerConfig;
import dev.fieldcrm.worker.support.DynamoCalls;
import dev.fieldcrm.worker.support.LambdaInvoker;
import dev.fieldcrm.worker.support.Stream;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A deal handed to another rep takes its open review rows along, through DynamoDB Local's real stream: the new owner
 * sees and fixes them, while the round's hit (the tally, the history) stays with the rep who owned the deal when the
 * round was made; a redelivered handover writes nothing.
 */
@QuarkusTest
class ReviewHandoverStreamTest {
    @Inject CoreServices core;
    @Inject HygieneServices hygiene;
    @Inject DynamoDbClient dynamo;
    @Inject WorkerConfig config;
    @Inject DynamoCalls calls;

    private static Caller caller(String tenant, String id, Role role) {
        return new Caller(tenant, id, Set.of(role), "north", ZoneId.of("UTC"));
    }

    @Test
    void reassigningADeal_movesItsOpenRowsToTheNewOwner_keepsTheHitWithTheOldOne_andARedeliveryWritesNothing() {
        String tenant = "handover-" + Ids.newId().toLowerCase();
        var users = new DynamoUserStore(dynamo, config.table());
        users.save(tenant, new User("boss", "Ирина", "boss@example.com", Set.of(Role.MANAGER), "north", "UTC", "en", true, 1));
        users.save(tenant, new User("anna", "Anna", "anna@example.com", Set.of(Role.REP), "north", "UTC", "en", true, 1));
        users.save(tenant, new User("boris", "Boris", "boris@example.com", Set.of(Role.REP), "north", "UTC", "en", true, 1));
        Caller boss = caller(tenant, "boss", Role.MANAGER);
        Caller anna = caller(tenant, "anna", Role.REP);
        Caller boris = caller(tenant, "boris", Role.REP);
        Client client = core.clients().create(anna, null, new ClientDetails("Рыбный двор", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null), null);
        Deal deal = core.deals().create(anna, null, new DealInput("Поставка трески", client.id(), null, null, null, null,
                null, null, null, null, null, null), null);
        Stream.pump();
        ReviewRound round = hygiene.rounds().onDemand(boss);
        assertThat(round.rows()).containsKey("S1-08");

        core.deals().reassign(boss, deal.id(), deal.version(), "boris");
        List<StreamPump.Delivery> batches = Stream.pump();
        Stream.pump();

        ReviewRow row = hygiene.reviews().row(tenant, round.id(), "S1-08", deal.id()).orElseThrow();
        assertThat(row.ownerId()).isEqualTo("boris");
        assertThat(row.hitOwnerId()).isEqualTo("anna");
        assertThat(row.status()).isEqualTo(RowStatus.NOT_PROCESSED);
        assertThat(hygiene.rows().rows(boris, round.id(), null, false, PageRequest.first(50)).items())
                .extracting(v -> v.row().dealId()).contains(deal.id());
        assertThat(hygiene.rows().rows(anna, round.id(), null, false, PageRequest.first(50)).items())
                .extracting(v -> v.row().dealId()).doesNotContain(deal.id());
        assertThatThrownBy(() -> hygiene.rows().mark(anna, round.id(), "S1-08", deal.id(), row.version(), RowStatus.FIXED, null))
                .isInstanceOf(Forbidden.class);

        batches.forEach(batch -> LambdaInvoker.invoke(batch.event()));
        Stream.pump();
        assertThat(hygiene.reviews().row(tenant, round.id(), "S1-08", deal.id()).orElseThrow().version())
                .isEqualTo(row.version());
        // The listener alone, given the handover again: the deal, its summary, one Query per rule it offends; no write.
        Deal handedOver = core.deals().get(boss, deal.id()).deal();
        int rules = hygiene.store().summary(tenant, deal.id()).offences().size();
        calls.reset();
        hygiene.handover().on(new Change(tenant, "redelivered", deal, handedOver));
        assertThat(calls.made()).filteredOn("GetItem"::equals).hasSize(2);
        assertThat(calls.made()).filteredOn("Query"::equals).hasSize(rules);
        assertThat(calls.made()).hasSize(2 + rules);

        hygiene.rows().mark(boris, round.id(), "S1-08", deal.id(), row.version(), RowStatus.NOT_FIXED, "client is away");
        hygiene.rows().decide(boss, round.id(), "S1-08", deal.id(), row.version() + 1, Decision.REJECT);

        assertThat(hygiene.reviews().history(tenant, "anna", 5)).singleElement().satisfies(t -> {
            assertThat(t.rows()).isEqualTo(round.rows().values().stream().mapToInt(Integer::intValue).sum());
            assertThat(t.notFixed()).isEqualTo(1);
            assertThat(t.warnings()).isEqualTo(1);
        });
        assertThat(hygiene.reviews().history(tenant, "boris", 5)).isEmpty();
    }
}
