package dev.fieldcrm.worker.hygiene;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealInput;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.HygieneServices;
import dev.fieldcrm.core.deals.DealStatus;
import dev.fieldcrm.core.dynamo.DynamoChangeWriter;
import dev.fieldcrm.core.hygiene.DealHygiene;
import dev.fieldcrm.core.hygiene.HygieneDiff;
import dev.fieldcrm.core.hygiene.HygieneRule;
import dev.fieldcrm.core.hygiene.Offence;
import dev.fieldcrm.core.hygiene.OffendingDeal;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.worker.support.WorkerDynamoResource;
import dev.fieldcrm.core.hygiene.OffenceTally;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskPlan;
import dev.fieldcrm.dynamodblocal.StreamPump;
import dev.fieldcrm.worker.support.DynamoCalls;
import dev.fieldcrm.worker.support.LambdaInvoker;
import dev.fieldcrm.worker.support.Stream;
import dev.fieldcrm.core.deals.StageMove;
import dev.fieldcrm.core.events.ScheduledJob;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Named;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Offenders kept current through DynamoDB Local's real stream: writes through the core's use cases reach the hygiene
 * listener (pumped to the stream Lambda handler), which stores one offence item per rule and deal and counts it in
 * the owner's tally in the same transaction.
 */
@QuarkusTest
class HygieneStreamTest {
    private static final Caller REP2 = new Caller("acme", "rep2", Set.of(Role.REP), "east", ZoneId.of("Europe/Moscow"));

    @Inject CoreServices core;
    @Inject HygieneServices hygiene;
    @Inject DynamoCalls calls;
    @Inject @Named("hygiene") ScheduledJob schedule;

    private static ClientDetails client(String name) {
        return new ClientDetails(name, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    private static DealInput deal(String title, String clientId, String source) {
        return new DealInput(title, clientId, null, null, null, source, null, null, null, null, null, null);
    }

    private Client clientWithNextStep(String name) {
        Client client = core.clients().create(REP2, null, client(name), null);
        core.tasks().plan(REP2, client.id(), null,
                new TaskPlan(TaskKind.CALL, "Позвонить " + name, Instant.now().plus(Duration.ofDays(2)), null, null, null), null);
        return client;
    }

    private Set<String> rulesOf(String dealId) {
        return hygiene.store().summary("acme", dealId).offences().keySet();
    }

    private long count(String ruleId) {
        return hygiene.store().tallies("acme", "east").stream()
                .filter(t -> t.key().ownerId().equals("rep2")).mapToLong(t -> t.count(ruleId)).sum();
    }

    @Test
    void aDealCreatedWithoutSource_isAnS1_08Offender_untilTheSourceIsSet() {
        Stream.pump();
        long countBefore = count("S1-08");
        Client client = clientWithNextStep("Рыбный двор " + Ids.newId());
        Deal created = core.deals().create(REP2, null, deal("Поставка трески", client.id(), null), null);

        Stream.pump();

        List<Offence> offenders = hygiene.store().byRule("acme", "S1-08", "rep2", PageRequest.first(100)).items();
        assertThat(offenders).filteredOn(o -> o.deal().dealId().equals(created.id())).singleElement().satisfies(o -> {
            assertThat(o.severity()).isEqualTo(1);
            assertThat(o.deal().title()).isEqualTo("Поставка трески");
            assertThat(o.deal().clientName()).isEqualTo(client.name());
            assertThat(o.deal().teamId()).isEqualTo("east");
        });
        assertThat(hygiene.store().byOwner("acme", "rep2", "S1-08#" + created.id(), PageRequest.first(10)).items()).hasSize(1);
        assertThat(hygiene.store().byTeam("acme", "east", "S1-08#" + created.id(), PageRequest.first(10)).items()).hasSize(1);
        assertThat(count("S1-08")).isEqualTo(countBefore + 1);

        core.deals().update(REP2, created.id(), created.version(), deal("Поставка трески", client.id(), "chat"));
        Stream.pump();

        assertThat(rulesOf(created.id())).doesNotContain("S1-08");
        assertThat(hygiene.store().byRule("acme", "S1-08", "rep2", PageRequest.first(100)).items())
                .noneMatch(o -> o.deal().dealId().equals(created.id()));
        assertThat(count("S1-08")).isEqualTo(countBefore);
    }

    @Test
    void theBackfill_flagsADealTheListenerHasNotSeen_andNeitherItsReadOnlyRerunNorTheLateStreamCountsItAgain() {
        Stream.pump();
        long countBefore = count("S1-08");
        Client client = clientWithNextStep("Рыбный ряд " + Ids.newId());
        // Written while nobody listens (a deal from before hygiene was deployed, or the local run's seed).
        Deal unseen = core.deals().create(REP2, null, deal("Поставка корюшки", client.id(), null), null);

        int evaluated = hygiene.backfill().run("acme");

        assertThat(evaluated).isPositive();
        assertThat(rulesOf(unseen.id())).contains("S1-08");
        assertThat(count("S1-08")).isEqualTo(countBefore + 1);

        calls.reset();
        int rerun = hygiene.backfill().run("acme");

        // Each deal is judged as its owner's index page holds it: per deal one GetItem (its hygiene summary), per page
        // one more (the tenant's hygiene settings) — not a GetItem of the deal, nor the settings per deal.
        assertThat(calls.made()).filteredOn("GetItem"::equals).hasSizeLessThan(2 * rerun);
        assertThat(calls.made()).doesNotContain("TransactWriteItems");
        Stream.pump();
        assertThat(count("S1-08")).isEqualTo(countBefore + 1);
        assertThat(hygiene.store().byRule("acme", "S1-08", "rep2", PageRequest.first(100)).items())
                .filteredOn(o -> o.deal().dealId().equals(unseen.id())).hasSize(1);
    }

    @Test
    void aClientRenamedToTest_flagsItsDealsS1_05() {
        Client client = clientWithNextStep("Морепродукты " + Ids.newId());
        Deal deal = core.deals().create(REP2, null, deal("Поставка краба", client.id(), "chat"), null);
        Stream.pump();
        assertThat(rulesOf(deal.id())).doesNotContain("S1-05");

        core.clients().update(REP2, client.id(), client.version(), client("test"));
        Stream.pump();

        assertThat(rulesOf(deal.id())).contains("S1-05");
        assertThat(hygiene.store().byOwner("acme", "rep2", "S1-05#" + deal.id(), PageRequest.first(10)).items())
                .singleElement().satisfies(o -> assertThat(o.deal().clientName()).isEqualTo("test"));
    }

    @Test
    void completingTheLastOpenTask_flagsTheDealS1_01() {
        Client client = core.clients().create(REP2, null, client("Порт " + Ids.newId()), null);
        Task task = core.tasks().plan(REP2, client.id(), null,
                new TaskPlan(TaskKind.CALL, "Позвонить", Instant.now().plus(Duration.ofDays(1)), null, null, null), null);
        Deal deal = core.deals().create(REP2, null, deal("Поставка мидий", client.id(), "chat"), null);
        Stream.pump();
        assertThat(rulesOf(deal.id())).doesNotContain("S1-01");

        core.tasks().complete(REP2, client.id(), task.id(), task.version(), "сделано");
        Stream.pump();

        assertThat(rulesOf(deal.id())).contains("S1-01");
    }

    @Test
    void redeliveringTheSameStreamBatches_leavesOffencesAndCountsUnchanged() {
        Stream.pump();
        Client client = core.clients().create(REP2, null, client("Рыбзавод " + Ids.newId()), null);
        core.deals().create(REP2, null, deal("Поставка сельди", client.id(), null), null);
        List<StreamPump.Delivery> batches = Stream.pump();
        List<OffenceTally> once = hygiene.store().tallies("acme", "east");

        batches.forEach(batch -> LambdaInvoker.invoke(batch.event()));
        Stream.pump();

        assertThat(hygiene.store().tallies("acme", "east")).containsExactlyInAnyOrderElementsOf(once);
    }

    @Test
    void reapplyingTheSameOffenceTransaction_failsOnItsCondition_andCountsOnce() {
        OffendingDeal shown = new OffendingDeal(Ids.newId(), "Ручная", "rep9", "replay", "clients", "new", DealStatus.OPEN,
                null, null, null);
        ChangeSet first = HygieneDiff.changes(DealHygiene.none(shown.dealId()), shown,
                Set.of(HygieneRule.NO_SOURCE), null, Instant.now()).orElseThrow();
        var writer = new DynamoChangeWriter(WorkerDynamoResource.client(), WorkerDynamoResource.TABLE);
        writer.apply("acme", first);

        assertThatThrownBy(() -> writer.apply("acme", first)).isInstanceOf(RuntimeException.class);

        assertThat(hygiene.store().tallies("acme", "replay")).singleElement()
                .satisfies(t -> assertThat(t.count("S1-08")).isEqualTo(1));
        ChangeSet clear = HygieneDiff.changes(hygiene.store().summary("acme", shown.dealId()), null, Set.of(), null, Instant.now())
                .orElseThrow();
        writer.apply("acme", clear);
        assertThatThrownBy(() -> writer.apply("acme", clear)).isInstanceOf(RuntimeException.class);
        assertThat(hygiene.store().tallies("acme", "replay")).singleElement()
                .satisfies(t -> assertThat(t.count("S1-08")).isZero());
    }

    @Test
    void aDealAcceptedInWork_isFlaggedS2_02ByTheSchedule_sevenDaysLater_withoutAnyWrite() {
        Client client = clientWithNextStep("Сейнер " + Ids.newId());
        Deal created = core.deals().create(REP2, null, deal("Поставка палтуса", client.id(), "chat"), null);
        Deal accepted = core.deals().move(REP2, created.id(), created.version(), new StageMove("accepted", null, null, null));
        Stream.pump();
        DealHygiene waiting = hygiene.store().summary("acme", accepted.id());
        assertThat(waiting.offences()).doesNotContainKey("S2-02");
        Instant boundary = accepted.stageEnteredAt().plus(Duration.ofDays(7));
        assertThat(waiting.nextCheck()).as("the earliest boundary: the next step's due time, then 7 days in accepted")
                .isNotNull().isBefore(boundary.plus(Duration.ofMinutes(2)));

        // Ticks until the 7-day boundary has passed (each tick re-evaluates what fell due and moves the deal on).
        for (Instant tick = waiting.nextCheck(); !tick.isAfter(boundary.plus(Duration.ofMinutes(2))); ) {
            schedule.run(tick.plusSeconds(1));
            Instant next = hygiene.store().summary("acme", accepted.id()).nextCheck();
            tick = next == null || !next.isAfter(tick) ? boundary.plus(Duration.ofMinutes(3)) : next;
        }

        assertThat(hygiene.store().summary("acme", accepted.id()).offences()).containsKey("S2-02");
        assertThat(hygiene.store().byOwner("acme", "rep2", "S2-02#" + accepted.id(), PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void evaluatingAnUnchangedDeal_readsFiveTimesAndWritesNothing() {
        Client client = clientWithNextStep("Маяк " + Ids.newId());
        Deal deal = core.deals().create(REP2, null, deal("Поставка икры", client.id(), null), null);
        Stream.pump();

        calls.reset();
        hygiene.evaluator().deal("acme", deal.id());

        // GetItem deal, Query client card, Query settings, GetItem hygiene settings, GetItem summary; nothing changed: no write.
        assertThat(calls.made()).containsExactly("GetItem", "Query", "Query", "GetItem", "GetItem");
    }

    @Test
    void aDealChangeThatAddsAnOffence_writesOneTransaction() {
        Client client = clientWithNextStep("Причал " + Ids.newId());
        Deal deal = core.deals().create(REP2, null, deal("Поставка кальмара", client.id(), "chat"), null);
        Stream.pump();
        core.clients().update(REP2, client.id(), client.version(), client("тест"));

        calls.reset();
        hygiene.evaluator().deal("acme", deal.id());

        assertThat(calls.made()).containsExactly("GetItem", "Query", "Query", "GetItem", "GetItem", "TransactWriteItems");
        assertThat(rulesOf(deal.id())).contains("S1-05");
    }
}
