package dev.fieldcrm.worker.leads;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientCard;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.leads.InboundOutcome;
import dev.fieldcrm.core.leads.InboundProcessing;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.leads.LeadAssigner;
import dev.fieldcrm.core.reminders.Notifications;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.tasks.Task;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Fifty requests from one person processed at the same moment (fifty workers) make one lead, or one client. */
@QuarkusTest
class InboundConcurrencyTest {
    private static final int REQUESTS = 50;
    private static final Caller ADMIN = new Caller("acme", "adm", Set.of(Role.ADMIN), "east", ZoneOffset.UTC);

    @Inject CoreServices core;
    @Inject InboundProcessing processing;
    @Inject LeadAssigner assigner;
    @Inject Notifications notifications;

    @Test
    void fiftySimultaneousFormsWithOneEmail_makeOneLead_holdingAllFifty() throws Exception {
        List<InboundRequest> requests = sameEmail(Inbound.unique("burst"));

        Parallel.run(REQUESTS, i -> processing.on(Inbound.inserted("acme", requests.get(i))));

        List<InboundOutcome> outcomes = requests.stream().map(r -> Inbound.stored("acme", r.id()).outcome()).toList();
        assertThat(outcomes).extracting(InboundOutcome::leadId).containsOnly(outcomes.getFirst().leadId());
        assertThat(outcomes).filteredOn(o -> o.kind() == InboundOutcome.Kind.NEW_LEAD).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.kind() == InboundOutcome.Kind.MATCHED_LEAD).hasSize(REQUESTS - 1);
        Lead lead = Inbound.lead("acme", outcomes.getFirst().leadId());
        assertThat(lead.inboundIds()).containsExactlyInAnyOrderElementsOf(requests.stream().map(InboundRequest::id).toList());
    }

    @Test
    void fiftySimultaneousFormsWithOneEmail_whenUnmatchedRequestsBecomeClients_makeOneClientWithOneDeal() throws Exception {
        InboundProcessing clientMode = clientMode();
        String email = Inbound.unique("clientburst");
        List<InboundRequest> requests = sameEmail(email);

        Parallel.run(REQUESTS, i -> clientMode.on(Inbound.inserted("acme", requests.get(i))));

        List<InboundOutcome> outcomes = requests.stream().map(r -> Inbound.stored("acme", r.id()).outcome()).toList();
        assertThat(outcomes).extracting(InboundOutcome::clientId).containsOnly(outcomes.getFirst().clientId());
        assertThat(outcomes).filteredOn(o -> o.kind() == InboundOutcome.Kind.NEW_CLIENT).hasSize(1);
        ClientCard card = core.clients().card(ADMIN, outcomes.getFirst().clientId());
        assertThat(card.contacts()).singleElement().satisfies(c -> assertThat(c.details().emails()).containsExactly(email));
        assertThat(card.client().createdBy()).isEqualTo("inbound");
        assertThat(core.deals().list(ADMIN, null, null, null, card.client().id(), PageRequest.first(10)).items())
                .singleElement().satisfies(d -> assertThat(d.source()).isEqualTo("website-form"));
        assertThat(core.journal().byClient(ADMIN, card.client().id(), new dev.fieldcrm.core.journal.JournalFilter(null, null, null),
                PageRequest.first(100)).items()).hasSize(REQUESTS);
        assertThat(card.openTasks()).as("one step answers all fifty").singleElement();
    }

    @Test
    void fourWorkersOnTheSameRequest_whenUnmatchedRequestsBecomeClients_makeOneClientOneDealOneEntry() throws Exception {
        InboundProcessing clientMode = clientMode();
        InboundRequest request = Inbound.store("acme", Inbound.form("Four Workers", Inbound.unique("four"), null));

        Parallel.run(4, i -> clientMode.on(Inbound.inserted("acme", request)));

        InboundOutcome outcome = Inbound.stored("acme", request.id()).outcome();
        assertThat(outcome.kind()).isEqualTo(InboundOutcome.Kind.NEW_CLIENT);
        ClientCard card = core.clients().card(ADMIN, outcome.clientId());
        assertThat(card.contacts()).hasSize(1);
        assertThat(card.openTasks()).singleElement().satisfies(t -> assertThat(t.assigneeId()).isEqualTo(card.client().ownerId()));
        assertThat(card.openDeals()).singleElement().satisfies(d -> assertThat(d.dealId()).isEqualTo(outcome.dealId()));
        assertThat(core.journal().byClient(ADMIN, card.client().id(), new dev.fieldcrm.core.journal.JournalFilter(null, null, null),
                PageRequest.first(10)).items()).singleElement();
    }

    @Test
    void twoRequestsFromAKnownClientProcessedAtTheSameInstant_planExactlyOneAnswerStep() throws Exception {
        for (int round = 0; round < 5; round++) { // several fresh clients: more chances for the two to meet
            String email = Inbound.unique("race");
            Client client = core.clients().create(ADMIN, null, InboundProcessingTest.client("Race Co " + round), null);
            core.contacts().add(ADMIN, client.id(), null, new ContactDetails("Ivan", null, null, List.of(), List.of(email),
                    null, null, false, false), null);
            List<InboundRequest> two = List.of(Inbound.store("acme", Inbound.form("Ivan", email, null)),
                    Inbound.store("acme", Inbound.form("Ivan", email, null)));

            Parallel.run(2, i -> processing.on(Inbound.inserted("acme", two.get(i))));

            List<Task> steps = core.clients().card(ADMIN, client.id()).openTasks();
            assertThat(steps).singleElement().satisfies(t -> assertThat(t.createdBy()).isEqualTo("inbound"));
            assertThat(two).extracting(r -> Inbound.stored("acme", r.id()).outcome().taskId())
                    .containsOnly(steps.getFirst().id());
            assertThat(core.journal().byClient(ADMIN, client.id(), new dev.fieldcrm.core.journal.JournalFilter(null, null, null),
                    PageRequest.first(10)).items()).hasSize(2);
        }
    }

    private InboundProcessing clientMode() {
        return Inbound.clientMode(core, assigner, notifications);
    }

    private static List<InboundRequest> sameEmail(String email) {
        List<InboundRequest> requests = new ArrayList<>();
        IntStream.range(0, REQUESTS).forEach(i -> requests.add(Inbound.store("acme",
                Inbound.form("Burst " + i, i % 2 == 0 ? email : " " + email.toUpperCase(), null))));
        return requests;
    }
}
