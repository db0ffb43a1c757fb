package dev.fieldcrm.core.notify;

import dev.fieldcrm.core.testing.TestClock;
import dev.fieldcrm.core.testing.LocalTable;
import dev.fieldcrm.core.dynamo.NotifyServices;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's reliability requirement: with a fifth of the provider's calls failing (throttled or transient, from a
 * fixed seed), every message ends up sent exactly once or parked in the dead letters; none is lost, none duplicated.
 * And two Postmen handed the same messages at the same time call the provider once per message.
 */
class FaultInjectionTest {
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
    private static final int MESSAGES = 200;

    private final TestClock clock = new TestClock(START);
    private final TestProvider provider = new TestProvider();
    private final CollectedDeadLetters deadLetters = new CollectedDeadLetters();
    private final NotifySettings settings = NotifySettings.defaults();

    private NotifyServices postman(String table, long seed) {
        return NotifyServices.onDynamo(LocalTable.client(), table, "RU", clock, new PlainRenderer(), provider, provider,
                provider, deadLetters, settings, duration -> { }, new SplittableRandom(seed));
    }

    private static List<Outgoing> messages() {
        List<Outgoing> messages = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            Channel channel = Channel.values()[i % 3];
            String address = switch (channel) {
                case EMAIL -> "rep" + i + "@example.com";
                case SMS -> "+7912345" + String.format("%04d", i);
                case PUSH -> "arn:aws:sns:eu-central-1:1:endpoint/GCM/app/" + i;
            };
            messages.add(new Outgoing("acme", "fault#" + i + "#" + channel, channel, address, "digest", null,
                    Map.of("n", i), null));
        }
        return messages;
    }

    /** One call in five fails, half of those throttled, half transient; the same seed gives the same run. */
    private void failOneCallInFive(long seed) {
        Random faults = new Random(seed);
        provider.script(id -> {
            double roll;
            synchronized (faults) {
                roll = faults.nextDouble();
            }
            if (roll < 0.1) {
                return new SendFailure(SendFailure.Kind.THROTTLED, "Throttling: Maximum sending rate exceeded", null);
            }
            return roll < 0.2 ? new SendFailure(SendFailure.Kind.TRANSIENT, "503 Service Unavailable", null) : null;
        });
    }

    /** Runs the retry job until no delivery is waiting (bounded, so a bug cannot loop forever). */
    private void retryUntilQuiet(NotifyServices notify, List<Outgoing> messages) {
        for (int round = 0; round < 30 && !quiet(notify, messages); round++) {
            clock.advance(settings.backoffCap());
            notify.retries().run(clock.instant());
        }
    }

    private static boolean quiet(NotifyServices notify, List<Outgoing> messages) {
        for (Outgoing message : messages) {
            DeliveryStatus status = notify.deliveries().find("acme", message.id()).orElseThrow().status();
            if (status == DeliveryStatus.FAILED || status == DeliveryStatus.SENDING) {
                return false;
            }
        }
        return true;
    }

    private void assertEachSentOnceOrParked(NotifyServices notify, List<Outgoing> messages) {
        Set<String> parked = new HashSet<>();
        deadLetters.letters.forEach(letter -> assertThat(parked.add(letter.id())).as("parked once: " + letter.id()).isTrue());
        for (Outgoing message : messages) {
            Delivery delivery = notify.deliveries().find("acme", message.id()).orElseThrow();
            if (delivery.status() == DeliveryStatus.SENT) {
                assertThat(provider.accepted(message.id())).as("accepted calls of " + message.id()).isEqualTo(1);
                assertThat(parked).doesNotContain(message.id());
            } else {
                assertThat(delivery.status()).as(message.id()).isEqualTo(DeliveryStatus.PARKED);
                assertThat(provider.accepted(message.id())).as("accepted calls of " + message.id()).isZero();
                assertThat(parked).contains(message.id());
            }
        }
    }

    @Test
    void withOneProviderCallInFiveFailing_everyMessageIsSentExactlyOnceOrParked() {
        NotifyServices notify = postman(LocalTable.fresh(), 42);
        List<Outgoing> messages = messages();
        failOneCallInFive(2026);

        for (Outgoing message : messages) {
            notify.postman().send(message);
        }
        retryUntilQuiet(notify, messages);

        assertThat(quiet(notify, messages)).as("no delivery left waiting").isTrue();
        assertEachSentOnceOrParked(notify, messages);
        assertThat(provider.totalCalls()).as("failures happened").isGreaterThan(MESSAGES);
        assertThat(provider.acceptedById()).hasSizeGreaterThan(MESSAGES * 9 / 10);
    }

    @Test
    void twoPostmenSendingTheSameMessagesAtOnce_callTheProviderOncePerMessage() throws Exception {
        String table = LocalTable.fresh();
        NotifyServices first = postman(table, 1);
        NotifyServices second = postman(table, 2);
        List<Outgoing> messages = messages();
        AtomicInteger alreadySent = new AtomicInteger();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (NotifyServices notify : List.of(first, second)) {
                for (int slice = 0; slice < 4; slice++) {
                    int from = slice;
                    work.add(() -> {
                        for (int i = from; i < MESSAGES; i += 4) {
                            if (notify.postman().send(messages.get(i)) instanceof SendOutcome.AlreadySent) {
                                alreadySent.incrementAndGet();
                            }
                        }
                        return null;
                    });
                }
            }
            for (Future<Void> done : threads.invokeAll(work)) {
                done.get();
            }
        } finally {
            threads.shutdown();
        }

        for (Outgoing message : messages) {
            assertThat(provider.calls(message.id())).as("provider calls of " + message.id()).isEqualTo(1);
        }
        assertThat(alreadySent).hasValue(MESSAGES);
    }

    @Test
    void twoPostmenAndTwoRetryJobs_withFaults_stillSendEachMessageAtMostOnce() throws Exception {
        String table = LocalTable.fresh();
        NotifyServices first = postman(table, 3);
        NotifyServices second = postman(table, 4);
        List<Outgoing> messages = messages();
        failOneCallInFive(7);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (NotifyServices notify : List.of(first, second)) {
                work.add(() -> {
                    for (Outgoing message : messages) {
                        notify.postman().send(message);
                    }
                    return null;
                });
            }
            for (Future<Void> done : threads.invokeAll(work)) {
                done.get();
            }
            for (int round = 0; round < 30 && !quiet(first, messages); round++) {
                clock.advance(settings.backoffCap());
                Instant now = clock.instant();
                List<Callable<Void>> jobs = List.of(
                        () -> { first.retries().run(now); return null; },
                        () -> { second.retries().run(now); return null; });
                for (Future<Void> done : threads.invokeAll(jobs)) {
                    done.get();
                }
            }
        } finally {
            threads.shutdown();
        }

        assertThat(quiet(first, messages)).as("no delivery left waiting").isTrue();
        assertEachSentOnceOrParked(first, messages);
    }
}
