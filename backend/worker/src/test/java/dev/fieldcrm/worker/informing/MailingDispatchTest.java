package dev.fieldcrm.worker.informing;

import dev.fieldcrm.core.clients.Category;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.clients.Geography;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.dynamo.InformingServices;
import dev.fieldcrm.core.informing.AudienceFilter;
import dev.fieldcrm.core.informing.MailingCounts;
import dev.fieldcrm.core.informing.MailingInput;
import dev.fieldcrm.core.informing.MailingService;
import dev.fieldcrm.core.informing.MailingStatus;
import dev.fieldcrm.core.informing.MailingView;
import dev.fieldcrm.core.informing.PublicLinks;
import dev.fieldcrm.core.informing.Throttle;
import dev.fieldcrm.core.notify.Channel;
import dev.fieldcrm.core.notify.EmailMessage;
import dev.fieldcrm.core.notify.Postman;
import dev.fieldcrm.core.notify.SuppressionReason;
import dev.fieldcrm.core.notify.Suppressions;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.worker.config.WorkerConfig;
import dev.fieldcrm.worker.notify.CapturingEmailSender;
import dev.fieldcrm.worker.support.DynamoCalls;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A mailing sent by the worker through the real Postman (capture mode) on DynamoDB Local: consent, suppression,
 * counters, and a batch redelivered after a crash sending nobody twice.
 */
@QuarkusTest
class MailingDispatchTest {
    private static final Caller REP1 = new Caller("acme", "rep1", Set.of(Role.REP), "east", ZoneId.of("Europe/Moscow"));
    private static final Caller ADMIN = new Caller("acme", "adm", Set.of(Role.ADMIN), null, ZoneId.of("UTC"));
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Inject CoreServices core;
    @Inject DynamoDbClient dynamo;
    @Inject WorkerConfig worker;
    @Inject PublicLinks links;
    @Inject Postman postman;
    @Inject Suppressions suppressions;
    @Inject CapturingEmailSender emails;
    @Inject InformingServices.Worker informing;
    @Inject DynamoCalls calls;

    private MailingService mailings() {
        return InformingServices.onDynamo(core, dynamo, worker.table(), links, (t, a, s) -> { }, Clock.systemUTC()).mailings();
    }

    private static ClientDetails client(String name, String segment) {
        return new ClientDetails(name, null, null, null, null, List.of(), List.of(), List.of(), null,
                new Geography("Россия", null, "Тверь", null, null, null), segment, null, null, Category.A, null, null,
                null, null, null);
    }

    private static String email() {
        return "mail" + SEQUENCE.incrementAndGet() + "." + Ids.newId().toLowerCase() + "@example.com";
    }

    /** Clients of {@code segment} owned by rep1, each with {@code perClient} contacts; the email consenting addresses. */
    private List<String> audience(String segment, int clients, int perClient, int withoutConsentEach) {
        List<String> consenting = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Client created = core.clients().create(REP1, null, client("Mailing " + segment + " " + c, segment), null);
            for (int p = 0; p < perClient; p++) {
                String address = email();
                boolean consent = p >= withoutConsentEach;
                core.contacts().add(REP1, created.id(), null, new ContactDetails("Contact " + p, null, null, List.of(),
                        List.of(address), null, null, consent, false), null);
                if (consent) {
                    consenting.add(address);
                }
            }
        }
        return consenting;
    }

    private MailingView mailing(String segment) {
        return mailings().create(ADMIN, new MailingInput(Channel.EMAIL, "en", "News for {client.name}",
                "Hello {contact.name}", new AudienceFilter(segment, null, null, null, null), null), null);
    }

    /** A moment at which a mailing created now is due (it starts a minute after its creation). */
    private static Instant due() {
        return Instant.now().plusSeconds(90);
    }

    private Map<String, Long> sentTo(List<String> addresses) {
        Set<String> mine = Set.copyOf(addresses);
        return emails.sent().stream().map(EmailMessage::to).filter(mine::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void aMailingTo250Contacts_sendsEachConsentingAddressOnce_evenWhenACrashedBatchIsRedelivered_andTheCountsAddUp() {
        String segment = "seg-" + Ids.newId();
        List<String> consenting = audience(segment, 50, 5, 1); // 250 contacts: 200 consenting, 50 without consent
        audience("other-" + segment, 2, 2, 0);                 // another segment: not targeted
        List<String> suppressed = consenting.subList(0, 10);
        suppressed.forEach(a -> suppressions.suppress("acme", a, SuppressionReason.BOUNCE, "test"));
        MailingView mailing = mailing(segment);

        // The first run dies in its fourth batch (10 clients a batch), after some of that batch's messages went out.
        AtomicInteger paced = new AtomicInteger();
        Throttle crashing = () -> {
            if (paced.incrementAndGet() == 140) {
                throw new IllegalStateException("worker killed");
            }
        };
        InformingServices.Worker dying = InformingServices.worker(core, dynamo, worker.table(), links, postman, crashing, 10_000, 10);
        assertThatThrownBy(() -> dying.dispatch().process("acme", mailing.mailing().id(), due()))
                .hasMessageContaining("worker killed");
        MailingView afterCrash = mailings().find(ADMIN, mailing.mailing().id());
        assertThat(afterCrash.mailing().status()).isEqualTo(MailingStatus.SENDING);
        assertThat(afterCrash.counts().targeted()).isLessThan(250);

        // The next scheduler run finds it on the due index and resumes from the last committed batch.
        informing.mailingJob().run(due().plusSeconds(2));

        MailingView done = mailings().find(ADMIN, mailing.mailing().id());
        assertThat(done.mailing().status()).isEqualTo(MailingStatus.DONE);
        MailingCounts counts = done.counts();
        assertThat(counts.targeted()).isEqualTo(250);
        assertThat(counts.skipped()).isEqualTo(50);
        assertThat(counts.suppressed()).isEqualTo(10);
        assertThat(counts.sent()).isEqualTo(190);
        assertThat(counts.failed() + counts.retrying()).isZero();
        assertThat(counts.sent() + counts.failed() + counts.suppressed() + counts.skipped() + counts.retrying())
                .isEqualTo(counts.targeted());

        Map<String, Long> sent = sentTo(consenting);
        assertThat(sent).hasSize(190).allSatisfy((address, times) -> assertThat(times).as(address).isEqualTo(1L));
        assertThat(sent).doesNotContainKeys(suppressed.toArray(String[]::new));
    }

    @Test
    void twoWorkersOnOneMailingAtOnce_sendEachMessageOnce_andCountItOnce() throws Exception {
        String segment = "seg-" + Ids.newId();
        List<String> consenting = audience(segment, 12, 3, 0);
        MailingView mailing = mailing(segment);
        Instant now = due();

        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            InformingServices.Worker one = InformingServices.worker(core, dynamo, worker.table(), links, postman, () -> { }, 10_000, 4);
            runs.add(pool.submit(() -> {
                start.await();
                one.dispatch().process("acme", mailing.mailing().id(), now);
                return null;
            }));
        }
        start.countDown();
        for (var run : runs) {
            run.get();
        }
        pool.shutdown();
        // The worker that lost a commit stopped; whatever is left goes on the next run.
        informing.dispatch().process("acme", mailing.mailing().id(), now.plusSeconds(5));

        MailingView done = mailings().find(ADMIN, mailing.mailing().id());
        assertThat(done.mailing().status()).isEqualTo(MailingStatus.DONE);
        assertThat(done.counts().targeted()).isEqualTo(36);
        assertThat(done.counts().sent()).isEqualTo(36);
        assertThat(sentTo(consenting)).hasSize(36).allSatisfy((address, times) -> assertThat(times).isEqualTo(1L));
    }

    @Test
    void everyMailingEmail_carriesOneClickUnsubscribeHeaders_withALinkForItsOwnAddress() {
        String segment = "seg-" + Ids.newId();
        List<String> consenting = audience(segment, 1, 1, 0);
        MailingView mailing = mailing(segment);

        informing.dispatch().process("acme", mailing.mailing().id(), due());

        EmailMessage message = emails.sent().stream().filter(m -> m.to().equals(consenting.getFirst())).findFirst().orElseThrow();
        assertThat(message.headers()).containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        assertThat(message.headers().get("List-Unsubscribe")).startsWith("<" + "http").contains("/u/").endsWith(">");
        assertThat(mailings().find(ADMIN, mailing.mailing().id()).mailing().status()).isEqualTo(MailingStatus.DONE);
    }

    @Test
    void aMailingIsNotSentBeforeItIsDue() {
        String segment = "seg-" + Ids.newId();
        List<String> consenting = audience(segment, 1, 1, 0);
        MailingView mailing = mailing(segment);

        informing.dispatch().process("acme", mailing.mailing().id(), Instant.now());

        assertThat(sentTo(consenting)).isEmpty();
        assertThat(mailings().find(ADMIN, mailing.mailing().id()).mailing().status()).isEqualTo(MailingStatus.SCHEDULED);
    }

    @Test
    void aCancelledMailing_sendsNothingMore() {
        String segment = "seg-" + Ids.newId();
        List<String> consenting = audience(segment, 3, 1, 0);
        MailingView mailing = mailing(segment);
        mailings().cancel(ADMIN, mailing.mailing().id());

        informing.dispatch().process("acme", mailing.mailing().id(), due());

        assertThat(sentTo(consenting)).isEmpty();
        assertThat(mailings().find(ADMIN, mailing.mailing().id()).counts().targeted()).isZero();
    }

    @Test
    void aBatch_readsOneIndexPage_andOneCardPerClient_andCommitsOnce() {
        String segment = "seg-" + Ids.newId();
        audience(segment, 2, 1, 1); // no consent: nothing is sent, only reads and the commit remain
        MailingView mailing = mailings().create(ADMIN, new MailingInput(Channel.EMAIL, "en", "News", "Hello",
                new AudienceFilter(segment, null, null, "rep1", null), null), null);

        calls.reset();
        informing.dispatch().process("acme", mailing.mailing().id(), due());

        // find (GetItem), rep1's clients page by page (Query each), a card Query per matching client, one commit per page.
        List<String> made = calls.made();
        assertThat(made.getFirst()).isEqualTo("GetItem");
        assertThat(made).filteredOn("TransactWriteItems"::equals).hasSizeGreaterThanOrEqualTo(1);
        assertThat(made).doesNotContain("Scan", "PutItem", "UpdateItem");
        assertThat(mailings().find(ADMIN, mailing.mailing().id()).counts().skipped()).isEqualTo(2);
    }
}
