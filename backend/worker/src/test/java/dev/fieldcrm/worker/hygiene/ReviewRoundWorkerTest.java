package dev.fieldcrm.worker.hygiene;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealInput;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.dynamo.DynamoUserStore;
import dev.fieldcrm.core.dynamo.HygieneServices;
import dev.fieldcrm.core.events.ScheduledJob;
import dev.fieldcrm.core.hygiene.review.NextReview;
import dev.fieldcrm.core.hygiene.review.ReviewRound;
import dev.fieldcrm.core.hygiene.review.ReviewRow;
import dev.fieldcrm.core.hygiene.review.RowStatus;
import dev.fieldcrm.core.notify.Outbox;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.worker.config.WorkerConfig;
import dev.fieldcrm.worker.support.Stream;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review rounds in the worker, through DynamoDB Local's real stream: the schedule's due entry creates the round once,
 * its header's insert emails the manager the summary and the rep their rows (captured), and fixing the deal moves the
 * row to FIXED by itself.
 */
@QuarkusTest
class ReviewRoundWorkerTest {
    @Inject CoreServices core;
    @Inject HygieneServices hygiene;
    @Inject DynamoDbClient dynamo;
    @Inject WorkerConfig config;
    @Inject Outbox outbox;
    @Inject @Named("hygiene-review") ScheduledJob reviewSchedule;

    private static ClientDetails client(String name) {
        return new ClientDetails(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    private static DealInput deal(String title, String clientId, String source) {
        return new DealInput(title, clientId, null, null, null, source, null, null, null, null, null, null);
    }

    @Test
    void aDueRound_isCreatedOnceByTheSchedule_emailsManagerAndRep_andFixingTheDealMarksItsRowFixed() {
        String tenant = "review-" + Ids.newId().toLowerCase();
        var users = new DynamoUserStore(dynamo, config.table());
        users.save(tenant, new User("boss", "Ирина", "boss-" + tenant + "@example.com", Set.of(Role.MANAGER), "north",
                "Europe/Moscow", "ru", true, 1));
        users.save(tenant, new User("rep", "Pavel", "rep-" + tenant + "@example.com", Set.of(Role.REP), "north",
                "Europe/Moscow", "en", true, 1));
        Caller rep = new Caller(tenant, "rep", Set.of(Role.REP), "north", ZoneId.of("Europe/Moscow"));
        Client client = core.clients().create(rep, null, client("Рыбный двор"), null);
        Deal created = core.deals().create(rep, null, deal("Поставка трески", client.id(), null), null);
        Stream.pump();
        new DynamoChangeWriter(dynamo, config.table())
                .apply(tenant, new ChangeSet().overwrite(new NextReview(Instant.now().minus(Duration.ofMinutes(2)))));

        reviewSchedule.run(Instant.now());
        reviewSchedule.run(Instant.now().plusSeconds(1));

        List<ReviewRound> rounds = hygiene.reviews().latest(tenant, 10);
        assertThat(rounds).singleElement().satisfies(r -> {
            assertThat(r.id()).endsWith("-S");
            assertThat(r.createdBy()).isEqualTo(ReviewRound.SCHEDULE);
            assertThat(r.rows()).containsKey("S1-08");
        });
        String roundId = rounds.get(0).id();

        Stream.pump();
        assertThat(outbox.newest(100)).filteredOn(m -> m.to().equals("boss-" + tenant + "@example.com")).singleElement()
                .satisfies(m -> {
                    assertThat(m.subject()).contains(roundId);
                    assertThat(m.text()).contains("S1-08").contains(roundId + "/export.xlsx");
                });
        assertThat(outbox.newest(100)).filteredOn(m -> m.to().equals("rep-" + tenant + "@example.com")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Поставка трески").contains("Mark each row"));

        core.deals().update(rep, created.id(), created.version(), deal("Поставка трески", client.id(), "chat"));
        Stream.pump();
        Stream.pump();

        ReviewRow row = hygiene.reviews().row(tenant, roundId, "S1-08", created.id()).orElseThrow();
        assertThat(row.status()).isEqualTo(RowStatus.FIXED);
        assertThat(row.fixedAutomatically()).isTrue();
        assertThat(hygiene.reviews().watching(tenant, "S1-08", created.id())).isEmpty();
        assertThat(hygiene.reviews().history(tenant, "rep", 5)).singleElement()
                .satisfies(t -> assertThat(t.fixed()).isEqualTo(1));
    }
}
