package dev.fieldcrm.worker.leads;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.agenda.AgendaEntry;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.DynamoAgendaQueries;
import dev.fieldcrm.core.dynamo.SyncServices;
import dev.fieldcrm.core.sync.FeedPosition;
import dev.fieldcrm.core.sync.SyncKind;
import dev.fieldcrm.core.dynamo.DynamoWebFormStore;
import dev.fieldcrm.core.dynamo.NotifyServices;
import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.journal.JournalFilter;
import dev.fieldcrm.core.leads.ConsentConfirmation;
import dev.fieldcrm.core.leads.InboundCall;
import dev.fieldcrm.core.leads.InboundMatch;
import dev.fieldcrm.core.leads.InboundOutcome;
import dev.fieldcrm.core.leads.InboundProcessing;
import dev.fieldcrm.core.leads.InboundRequest;
import dev.fieldcrm.core.leads.InboundStatus;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.leads.LeadAssigner;
import dev.fieldcrm.core.leads.LeadRouting;
import dev.fieldcrm.core.leads.LeadSettings;
import dev.fieldcrm.core.reminders.Notifications;
import dev.fieldcrm.core.leads.LeadSla;
import dev.fieldcrm.core.leads.LeadStatus;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.worker.support.DynamoCalls;
import dev.fieldcrm.worker.support.Stream;
import dev.fieldcrm.worker.support.WorkerDynamoResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The worker's processing of inbound requests, end to end: a request stored as the public endpoint stores it reaches
 * {@link InboundProcessing} through DynamoDB Local's real stream (pumped to the stream Lambda handler), and the
 * records it makes are read back through the core.
 */
@QuarkusTest
class InboundProcessingTest {
    private static final Caller REP2 = new Caller("acme", "rep2", Set.of(Role.REP), "east", ZoneId.of("Asia/Vladivostok"));
    private static final Caller GREP = new Caller("globex", "grep", Set.of(Role.REP), "east", ZoneId.of("Europe/Moscow"));

    @Inject CoreServices core;
    @Inject SyncServices sync;
    @Inject NotifyServices notify;
    @Inject InboundProcessing processing;
    @Inject DynamoCalls calls;
    @Inject LeadAssigner assigner;
    @Inject Notifications notifications;

    @Test
    void aFormFromAnUnknownPerson_becomesAnOpenLead_assignedNotifiedAndDueWithinTheSla() {
        String[] phone = Inbound.phone();
        InboundRequest request = Inbound.store("acme", Inbound.form("Olga Petrova", "  " + Inbound.unique("Olga").toUpperCase() + " ", phone[1]));

        Stream.pump();

        InboundRequest processed = Inbound.stored("acme", request.id());
        assertThat(processed.status()).isEqualTo(InboundStatus.PROCESSED);
        assertThat(processed.version()).isEqualTo(2);
        InboundOutcome outcome = processed.outcome();
        assertThat(outcome.kind()).isEqualTo(InboundOutcome.Kind.NEW_LEAD);
        Lead lead = Inbound.lead("acme", outcome.leadId());
        assertThat(lead.status()).isEqualTo(LeadStatus.OPEN);
        assertThat(lead.email()).isEqualTo(request.fields().email().strip().toLowerCase());
        assertThat(lead.phone()).isEqualTo(phone[0]);
        assertThat(lead.ownerId()).isEqualTo(outcome.assigneeId()).isNotNull();
        assertThat(lead.source()).isEqualTo("website-form");
        assertThat(lead.sourceName()).isEqualTo("Contact us");
        assertThat(lead.tracking()).containsEntry("utm_source", "google");
        assertThat(lead.inboundIds()).containsExactly(request.id());
        assertThat(lead.contactBy()).isEqualTo(LeadSla.contactDeadline(request.receivedAt(), LeadSettings.defaults()));
        assertThat(Inbound.lookups().match("acme", lead.email(), null)).isEqualTo(new InboundMatch(null, lead.id()));
        assertThat(Inbound.lookups().match("acme", null, phone[0])).isEqualTo(new InboundMatch(null, lead.id()));
        assertThat(notify.deliveries().find("acme", "assigned#" + lead.id() + "#" + lead.ownerId() + "#1#EMAIL"))
                .hasValueSatisfying(d -> assertThat(d.outgoing().model()).containsEntry("recordType", "lead")
                        .containsEntry("title", "Olga Petrova").containsEntry("assignedBy", "inbound"));
    }

    @Test
    void aNewLeadAssignedByTheWorker_isOnItsAssigneesAgendaAsContactTheLead_andReachesTheAssigneesPhone() {
        FeedPosition start = FeedPosition.at(Instant.now().minusSeconds(1));
        InboundRequest request = Inbound.store("acme", Inbound.form("Agenda Lead", Inbound.unique("agenda"), null));

        Stream.pump();

        Lead lead = Inbound.lead("acme", Inbound.stored("acme", request.id()).outcome().leadId());
        List<AgendaEntry> agenda = new DynamoAgendaQueries(WorkerDynamoResource.client(), WorkerDynamoResource.TABLE)
                .dueFor("acme", lead.ownerId(), Instant.parse("9999-01-01T00:00:00Z"), PageRequest.first(200)).items();
        assertThat(agenda).filteredOn(e -> e.isLead() && e.lead().id().equals(lead.id())).singleElement()
                .satisfies(e -> assertThat(e.dueAt()).isEqualTo(lead.contactBy()));
        assertThat(sync.feed().read("acme", lead.ownerId(), start, FeedPosition.at(Instant.now().plusSeconds(60)), 500)
                .changes()).filteredOn(c -> c.id().equals(lead.id())).singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(SyncKind.LEAD);
                    assertThat(c.deleted()).isFalse();
                    assertThat(c.data()).isEqualTo(lead);
                });
    }

    @Test
    void aDoubleOptInRequest_leavesTheConsentPending_andEmailsTheSignedConfirmLinkOnce() {
        InboundRequest request = Inbound.store("acme", Inbound.pending(Inbound.form("Olga Optin", Inbound.unique("optin"), null),
                "marketing"));

        Stream.pump();
        processing.on(Inbound.inserted("acme", request)); // a redelivery asks nothing twice

        Lead lead = Inbound.lead("acme", Inbound.stored("acme", request.id()).outcome().leadId());
        assertThat(lead.fields().consents()).doesNotContainKey("marketing");
        ConsentConfirmation confirmation = Inbound.lookups().consentConfirmation("acme", request.id()).orElseThrow();
        assertThat(confirmation.consents()).containsExactly("marketing");
        assertThat(confirmation.leadId()).isEqualTo(lead.id());
        assertThat(confirmation.email()).isEqualTo(lead.email());
        assertThat(confirmation.confirmed()).isFalse();
        assertThat(confirmation.expiresAt()).isEqualTo(confirmation.createdAt().plus(ConsentConfirmation.VALIDITY));
        assertThat(notify.deliveries().find("acme", "optin#" + request.id() + "#EMAIL"))
                .hasValueSatisfying(d -> {
                    assertThat(d.outgoing().address()).isEqualTo(lead.email());
                    assertThat(d.outgoing().template()).isEqualTo("consent-confirm");
                    assertThat((String) d.outgoing().model().get("confirmUrl")).contains("/api/v1/forms/confirm/");
                });
    }

    @Test
    void aDoubleOptInRequestWithoutAnEmail_asksNobody_theConsentStaysUngiven() {
        String[] phone = Inbound.phone();
        InboundRequest request = Inbound.store("acme", Inbound.pending(Inbound.form("Phone Only", null, phone[1]), "marketing"));

        Stream.pump();

        assertThat(Inbound.stored("acme", request.id()).status()).isEqualTo(InboundStatus.PROCESSED);
        assertThat(Inbound.lookups().consentConfirmation("acme", request.id())).isEmpty();
    }

    @Test
    void aNewClientsDeal_startsAtTheFormsStage_andAStageNoLongerOpenFallsBackToTheFirstStage() {
        InboundProcessing clientMode = Inbound.clientMode(core, assigner, notifications);
        InboundRequest routed = Inbound.store("acme", Inbound.routed(Inbound.form("Staged", Inbound.unique("staged"), null),
                new LeadRouting("clients", "needs-analysed", null, null, null)));
        InboundRequest misrouted = Inbound.store("acme", Inbound.routed(Inbound.form("Misrouted", Inbound.unique("misrouted"), null),
                new LeadRouting("clients", "won", null, null, null)));

        clientMode.on(Inbound.inserted("acme", routed));
        clientMode.on(Inbound.inserted("acme", misrouted));

        assertThat(dealOf(routed).stageId()).isEqualTo("needs-analysed");
        assertThat(dealOf(misrouted).stageId()).isEqualTo("new");
    }

    private Deal dealOf(InboundRequest request) {
        InboundOutcome outcome = Inbound.stored("acme", request.id()).outcome();
        return core.deals().get(new Caller("acme", "inbound", Set.of(Role.ADMIN), null, ZoneOffset.UTC), outcome.dealId()).deal();
    }

    @Test
    void aSecondRequestFromAKnownClient_whileTheFirstStepIsOpen_addsTheInteractionButNoSecondStep() {
        String email = Inbound.unique("again");
        Client client = clientWithContact(REP2, "Again Co", "Ivan", email);
        InboundRequest first = Inbound.store("acme", Inbound.form("Ivan", email, null));
        InboundRequest second = Inbound.store("acme", Inbound.form("Ivan", email, null));

        processing.on(Inbound.inserted("acme", first));
        processing.on(Inbound.inserted("acme", second));

        String step = Inbound.stored("acme", first.id()).outcome().taskId();
        assertThat(step).isNotNull();
        assertThat(Inbound.stored("acme", second.id()).outcome().taskId()).isEqualTo(step);
        assertThat(core.clients().card(REP2, client.id()).openTasks()).extracting(Task::id).containsExactly(step);
        assertThat(core.journal().byClient(REP2, client.id(), new JournalFilter(null, null, null), PageRequest.first(10))
                .items()).hasSize(2);
    }

    @Test
    void aRequestThatKeepsFailing_isGivenUpAsFailedAfterThreeRuns_countedOnItsForm_andNotRetriedAgain() {
        String tenant = "nobody" + Ids.newId().substring(20).toLowerCase(); // no users: a new client has no one to go to
        InboundProcessing clientMode = Inbound.clientMode(core, assigner, notifications);
        InboundRequest request = Inbound.store(tenant, Inbound.form("Lost", Inbound.unique("lost"), null));

        for (int run = 1; run < InboundProcessing.MAX_ATTEMPTS; run++) {
            assertThatThrownBy(() -> clientMode.on(Inbound.inserted(tenant, request))).isInstanceOf(IllegalStateException.class);
            assertThat(Inbound.stored(tenant, request.id()).attempts()).isEqualTo(run);
            assertThat(Inbound.stored(tenant, request.id()).status()).isEqualTo(InboundStatus.RECEIVED);
        }
        clientMode.on(Inbound.inserted(tenant, request)); // the last run gives up instead of throwing

        InboundRequest failed = Inbound.stored(tenant, request.id());
        assertThat(failed.status()).isEqualTo(InboundStatus.FAILED);
        assertThat(failed.outcome().kind()).isEqualTo(InboundOutcome.Kind.FAILED);
        assertThat(failed.attempts()).isEqualTo(InboundProcessing.MAX_ATTEMPTS);
        assertThat(failed.failure()).contains("no active user");
        assertThat(new DynamoWebFormStore(WorkerDynamoResource.client(), WorkerDynamoResource.TABLE)
                .counts(tenant, request.sourceId()).failed()).isEqualTo(1);
        clientMode.on(Inbound.inserted(tenant, request)); // a redelivery reads it and stops
        assertThat(Inbound.stored(tenant, request.id()).version()).isEqualTo(failed.version());
    }

    @Test
    void aFormWithAKnownContactsEmail_landsOnThatClientsJournal_withANextStepForTheOwnerAndOneDeal_neverASecondClient() {
        String email = Inbound.unique("buyer");
        Client client = core.clients().create(REP2, null, client("Known Buyer " + Ids.newId()), null);
        Contact contact = core.contacts().add(REP2, client.id(), null, new ContactDetails("Ivan", null, null, List.of(),
                List.of(email), null, null, true, false), null);
        InboundRequest first = Inbound.store("acme", Inbound.form("Ivan", " " + email.toUpperCase(), null));
        InboundRequest second = Inbound.store("acme", Inbound.form("Ivan", email, null));

        Stream.pump();

        InboundOutcome outcome = Inbound.stored("acme", first.id()).outcome();
        assertThat(outcome.kind()).isEqualTo(InboundOutcome.Kind.MATCHED_CLIENT);
        assertThat(outcome.clientId()).isEqualTo(client.id());
        assertThat(outcome.contactId()).isEqualTo(contact.id());
        assertThat(outcome.assigneeId()).isEqualTo("rep2");
        List<Interaction> journal = core.journal().byClient(REP2, client.id(), new JournalFilter(null, null, null),
                PageRequest.first(10)).items();
        assertThat(journal).hasSize(2).allSatisfy(i -> {
            assertThat(i.type()).isEqualTo(InteractionType.EMAIL);
            assertThat(i.channel()).isEqualTo("website form");
            assertThat(i.summary()).contains("Contact us").contains("Please call me about the offer");
            assertThat(i.contactId()).isEqualTo(contact.id());
        });
        Task step = core.clients().card(REP2, client.id()).openTasks().stream()
                .filter(t -> t.id().equals(outcome.taskId())).findFirst().orElseThrow();
        assertThat(step.assigneeId()).isEqualTo("rep2");
        assertThat(step.kind()).isEqualTo(TaskKind.CALL);
        assertThat(step.title()).startsWith("Contact the lead Ivan");
        assertThat(step.dueAt()).isEqualTo(LeadSla.contactDeadline(first.receivedAt(), LeadSettings.defaults())
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        List<Deal> deals = core.deals().list(REP2, null, null, null, client.id(), PageRequest.first(10)).items();
        assertThat(deals).singleElement().satisfies(deal -> {
            assertThat(deal.ownerId()).isEqualTo("rep2");
            assertThat(deal.source()).isEqualTo("website-form");
            assertThat(deal.customFields()).containsEntry("utm_source", "google").containsEntry("utm_campaign", "spring");
        });
        assertThat(core.clients().findByEmail(REP2, email)).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(client.id()));
        assertThat(Inbound.stored("acme", second.id()).outcome().clientId()).isEqualTo(client.id());
        String day = String.valueOf(first.receivedAt().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay());
        assertThat(notify.deliveries().find("acme", "assigned#" + client.id() + "#rep2#" + day + "#EMAIL"))
                .hasValueSatisfying(d -> assertThat(d.attempts()).isEqualTo(1));
    }

    @Test
    void aRepeatFromTheSamePerson_joinsTheOpenLead_fillingWhatItLacked_andNotifiesTheOwnerOnceADay() {
        String[] phone = Inbound.phone();
        InboundRequest first = Inbound.store("acme", Inbound.call(phone[0], new InboundCall(InboundCall.Event.ENDED, 40, null, "yandex-direct")));
        Stream.pump();
        InboundRequest again = Inbound.store("acme", Inbound.form("Petr Repeat", null, phone[1]));
        InboundRequest thrice = Inbound.store("acme", Inbound.form("Petr Repeat", null, phone[1]));
        Stream.pump();

        String leadId = Inbound.stored("acme", first.id()).outcome().leadId();
        assertThat(Inbound.stored("acme", again.id()).outcome()).satisfies(o -> {
            assertThat(o.kind()).isEqualTo(InboundOutcome.Kind.MATCHED_LEAD);
            assertThat(o.leadId()).isEqualTo(leadId);
        });
        assertThat(Inbound.stored("acme", thrice.id()).outcome().leadId()).isEqualTo(leadId);
        Lead lead = Inbound.lead("acme", leadId);
        assertThat(lead.inboundIds()).containsExactly(first.id(), again.id(), thrice.id());
        assertThat(lead.fields().name()).isEqualTo("Petr Repeat");
        assertThat(lead.source()).isEqualTo("yandex-direct");
        String day = String.valueOf(first.receivedAt().atOffset(ZoneOffset.UTC).toLocalDate().toEpochDay());
        assertThat(notify.deliveries().find("acme", "assigned#" + leadId + "#" + lead.ownerId() + "#" + day + "#EMAIL"))
                .hasValueSatisfying(d -> assertThat(d.attempts()).isEqualTo(1));
    }

    @Test
    void aCallFromAKnownNumber_isACallInteractionWithDurationAndRecording_onThatClient() {
        String[] phone = Inbound.phone();
        Client client = core.clients().create(REP2, null, client("Caller Co " + Ids.newId(), phone[1]), null);
        InboundRequest call = Inbound.store("acme", Inbound.call(phone[1],
                new InboundCall(InboundCall.Event.ENDED, 192, "https://calls.example.com/rec/1.mp3", "avito")));

        Stream.pump();

        InboundOutcome outcome = Inbound.stored("acme", call.id()).outcome();
        assertThat(outcome.kind()).isEqualTo(InboundOutcome.Kind.MATCHED_CLIENT);
        assertThat(outcome.clientId()).isEqualTo(client.id());
        assertThat(outcome.contactId()).isNull();
        Interaction logged = core.journal().byClient(REP2, client.id(), new JournalFilter(null, null, null),
                PageRequest.first(10)).items().getFirst();
        assertThat(logged.id()).isEqualTo(outcome.interactionId());
        assertThat(logged.type()).isEqualTo(InteractionType.CALL);
        assertThat(logged.summary()).contains("3 min 12 s").contains("https://calls.example.com/rec/1.mp3");
    }

    @Test
    void aMissedCallFromAKnownNumber_givesTheOwnerACallBackStepDueAtOnce() {
        String[] phone = Inbound.phone();
        Client client = core.clients().create(REP2, null, client("Missed Co " + Ids.newId(), phone[0]), null);
        InboundRequest missed = Inbound.store("acme", Inbound.call(phone[1], new InboundCall(InboundCall.Event.MISSED, null, null, null)));

        Stream.pump();

        InboundOutcome outcome = Inbound.stored("acme", missed.id()).outcome();
        Task step = core.clients().card(REP2, client.id()).openTasks().stream()
                .filter(t -> t.id().equals(outcome.taskId())).findFirst().orElseThrow();
        assertThat(step.title()).startsWith("Call back");
        assertThat(step.assigneeId()).isEqualTo("rep2");
        assertThat(step.dueAt()).isEqualTo(missed.receivedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void anUnknownCaller_becomesALeadWithTheCallsAdSource_andAStartedCallChangesNothing() {
        String[] phone = Inbound.phone();
        InboundRequest started = Inbound.store("acme", Inbound.call(phone[0], new InboundCall(InboundCall.Event.STARTED, null, null, "avito")));
        InboundRequest ended = Inbound.store("acme", Inbound.call(phone[0], new InboundCall(InboundCall.Event.ENDED, 30, null, "avito")));

        Stream.pump();

        assertThat(Inbound.stored("acme", started.id()).outcome().kind()).isEqualTo(InboundOutcome.Kind.NOTED);
        InboundOutcome outcome = Inbound.stored("acme", ended.id()).outcome();
        assertThat(outcome.kind()).isEqualTo(InboundOutcome.Kind.NEW_LEAD);
        Lead lead = Inbound.lead("acme", outcome.leadId());
        assertThat(lead.source()).isEqualTo("avito");
        assertThat(lead.inboundIds()).containsExactly(ended.id());
    }

    @Test
    void aChatStarted_isTakenLikeAForm() {
        InboundRequest chat = Inbound.store("acme", Inbound.chat("Chat Person", Inbound.unique("chat")));

        Stream.pump();

        InboundOutcome outcome = Inbound.stored("acme", chat.id()).outcome();
        assertThat(outcome.kind()).isEqualTo(InboundOutcome.Kind.NEW_LEAD);
        assertThat(Inbound.lead("acme", outcome.leadId()).source()).isEqualTo("chat");
    }

    @Test
    void aClientOfAnotherTenant_isNeverMatched() {
        String email = Inbound.unique("shared");
        Client theirs = clientWithContact(GREP, "Globex Side", "Shared", email);
        InboundRequest ours = Inbound.store("acme", Inbound.form("Shared", email, null));

        Stream.pump();

        InboundOutcome outcome = Inbound.stored("acme", ours.id()).outcome();
        assertThat(outcome.kind()).isEqualTo(InboundOutcome.Kind.NEW_LEAD);
        assertThat(outcome.clientId()).isNull();
        assertThat(Inbound.lookups().match("globex", email, null).client().clientId()).isEqualTo(theirs.id());
    }

    @Test
    void theSameStreamRecordTwice_andTwoWorkersAtOnce_createNothingTwice() throws Exception {
        String email = Inbound.unique("twice");
        Client client = clientWithContact(REP2, "Twice Co", "Twice", email);
        InboundRequest attached = Inbound.store("acme", Inbound.form("Twice", email, null));
        InboundRequest fresh = Inbound.store("acme", Inbound.form("Fresh", Inbound.unique("fresh"), null));

        // Two workers handed the same inserts at the same moment (neither has recorded an outcome yet) ...
        Parallel.run(8, i -> processing.on(Inbound.inserted("acme", i % 2 == 0 ? attached : fresh)));
        // ... and the stream delivering them once more, later.
        Stream.pump();
        calls.reset();
        processing.on(Inbound.inserted("acme", attached));

        assertThat(calls.made()).containsExactly("GetItem");
        assertThat(core.journal().byClient(REP2, client.id(), new JournalFilter(null, null, null), PageRequest.first(10)).items())
                .singleElement().satisfies(i -> assertThat(i.id()).isEqualTo(Inbound.stored("acme", attached.id()).outcome().interactionId()));
        assertThat(core.clients().card(REP2, client.id()).openTasks()).hasSize(1);
        assertThat(core.deals().list(REP2, null, null, null, client.id(), PageRequest.first(10)).items()).hasSize(1);
        Lead lead = Inbound.lead("acme", Inbound.stored("acme", fresh.id()).outcome().leadId());
        assertThat(lead.inboundIds()).containsExactly(fresh.id());
        assertThat(lead.version()).isEqualTo(1);
    }

    @Test
    void processingANewLead_makesTheseDynamoCalls() {
        InboundRequest request = Inbound.store("acme", Inbound.form("Counted", Inbound.unique("counted"), null));
        calls.reset();

        processing.on(Inbound.inserted("acme", request));

        // request · lead settings · guards · assignment (directory, round-robin turn; the settings already read) · assignee
        // · lead + guards · request processed (the owner is notified from the lead's insert, by AssignmentChanges)
        assertThat(calls.made()).containsExactly("GetItem", "GetItem", "BatchGetItem", "Query", "UpdateItem",
                "GetItem", "TransactWriteItems", "TransactWriteItems");
    }

    @Test
    void attachingToAKnownClient_makesTheseDynamoCalls() {
        String email = Inbound.unique("countedclient");
        Client client = clientWithContact(REP2, "Counted Co", "Counted", email);
        InboundRequest request = Inbound.store("acme", Inbound.form("Counted", email, null));
        calls.reset();

        processing.on(Inbound.inserted("acme", request));

        // request · lead settings · guards · card · assignee · log interaction + next step (card, assignee check, TWI) ·
        // first deal (settings, client card, TWI) · notification (user, preferences, Postman ×4: claim, suppression, daily cap, record; push devices) · request
        assertThat(calls.made()).containsExactly("GetItem", "GetItem", "BatchGetItem", "Query", "GetItem",
                "Query", "GetItem", "TransactWriteItems", "Query", "Query", "TransactWriteItems",
                "BatchGetItem", "PutItem", "GetItem", "UpdateItem", "PutItem", "Query", "TransactWriteItems");
    }

    /** A client of {@code owner} with one contact holding {@code email} (a known person for the next request). */
    private Client clientWithContact(Caller owner, String clientName, String contactName, String email) {
        Client client = core.clients().create(owner, null, client(clientName + " " + Ids.newId()), null);
        core.contacts().add(owner, client.id(), null, new ContactDetails(contactName, null, null, List.of(), List.of(email),
                null, null, false, false), null);
        return client;
    }

    static ClientDetails client(String name, String... phones) {
        return new ClientDetails(name, null, null, null, null, List.of(), List.of(phones), List.of(), null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
