package dev.fieldcrm.mobile.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fieldcrm.mobile.core.api.ApiRequest;
import dev.fieldcrm.mobile.core.store.AtomicFiles;
import dev.fieldcrm.mobile.core.store.RecordKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

    @TempDir
    Path dir;

    private Outbox openAt(Instant now) {
        return Outbox.open(dir, new AtomicFiles(), Clock.fixed(now, ZoneOffset.UTC), Backoff.standard());
    }

    private static CommandDraft draft(String label) {
        return new CommandDraft(label, new ApiRequest("POST", "/api/v1/clients/c1/interactions", null, null, null),
                RecordKind.INTERACTION, null, "c1", null);
    }

    @Test
    void commandsMadeInTheSameMillisecond_comeBackInTheOrderTheyWereMade_afterARestart() {
        Outbox outbox = openAt(T0);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            made.add(outbox.enqueue(draft("step " + i)).label());
        }

        Outbox restarted = openAt(T0.plusSeconds(1));

        assertThat(restarted.pending()).extracting(OutboxCommand::label).containsExactlyElementsOf(made);
    }

    @Test
    void theIdempotencyKey_isTheCommandsUlid() {
        OutboxCommand command = openAt(T0).enqueue(draft("visit"));

        assertThat(command.request().idempotencyKey()).isEqualTo(command.id()).hasSize(26);
    }

    @Test
    void aDeviceClockSetBack_stillQueuesNewCommandsAfterTheOldOnes() {
        Outbox outbox = openAt(T0);
        outbox.enqueue(draft("first"));

        Outbox afterClockChange = openAt(T0.minus(Duration.ofHours(3)));
        afterClockChange.enqueue(draft("second"));

        assertThat(openAt(T0).pending()).extracting(OutboxCommand::label).containsExactly("first", "second");
    }

    @Test
    void aFailedCommand_keepsItsPlace_andWaitsLongerAfterEachFailure() {
        Outbox outbox = openAt(T0);
        OutboxCommand first = outbox.enqueue(draft("first"));
        outbox.enqueue(draft("second"));

        OutboxCommand once = outbox.failed(first, "offline");
        OutboxCommand twice = openAt(T0).failed(once, "offline");

        assertThat(once.notBefore()).isEqualTo(T0.plusSeconds(2));
        assertThat(twice.notBefore()).isEqualTo(T0.plusSeconds(4));
        Outbox restarted = openAt(T0);
        assertThat(restarted.head()).get().satisfies(head -> {
            assertThat(head.id()).isEqualTo(first.id());
            assertThat(head.attempts()).isEqualTo(2);
            assertThat(head.isDue(T0.plusSeconds(3))).isFalse();
            assertThat(head.isDue(T0.plusSeconds(4))).isTrue();
        });
    }

    @Test
    void removedCommands_areGoneAfterARestart() {
        Outbox outbox = openAt(T0);
        OutboxCommand sent = outbox.enqueue(draft("sent"));
        outbox.enqueue(draft("waiting"));

        outbox.remove(sent.id());

        assertThat(openAt(T0).pending()).extracting(OutboxCommand::label).containsExactly("waiting");
    }

    @Test
    void backoff_doublesFromTwoSeconds_upToFifteenMinutes() {
        Backoff backoff = Backoff.standard();

        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.after(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(backoff.after(1000)).isEqualTo(Duration.ofMinutes(15));
    }
}
