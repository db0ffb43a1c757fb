package dev.fieldcrm.mobile.core.outbox;

import com.github.f4b6a3.ulid.Ulid;
import com.github.f4b6a3.ulid.UlidFactory;
import dev.fieldcrm.mobile.core.store.AtomicFiles;
import dev.fieldcrm.mobile.core.store.JsonFileDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rep's changes waiting for the server, in the order they were made, on disk: one file per command
 * ({@code outbox/<ULID>.json}), written atomically, deleted when the server accepted it (or the rep resolved its
 * conflict). A command enqueued is therefore never lost when the app is killed, and the ULID file names keep the
 * order across restarts.
 *
 * <p>ULIDs come from a monotonic factory on the outbox's clock, so two commands in the same millisecond still sort
 * in the order they were made. The head blocks the rest while it waits for a retry: later commands may depend on
 * it (a task planned for a client created offline).
 */
public final class Outbox {
    private final JsonFileDirectory<OutboxCommand> commands;
    private final Clock clock;
    private final Backoff backoff;
    private final UlidFactory ulids;

    private Outbox(JsonFileDirectory<OutboxCommand> commands, Clock clock, Backoff backoff) {
        this.commands = commands;
        this.clock = clock;
        this.backoff = backoff;
        // Never behind the newest queued command, so a device clock set back cannot sort new commands first.
        long floor = commands.values().isEmpty() ? 0
                : Ulid.from(commands.values().getLast().id()).getTime();
        this.ulids = UlidFactory.newMonotonicInstance(() -> Math.max(clock.millis(), floor));
    }

    /** Opens the outbox under {@code storeDir/outbox}, loading what a previous run left. */
    public static Outbox open(Path storeDir, AtomicFiles files, Clock clock, Backoff backoff) {
        return new Outbox(JsonFileDirectory.open(storeDir.resolve("outbox"), files, OutboxCommand.class), clock,
                backoff);
    }

    /** A new ULID from this outbox's monotonic factory (also usable for ids of records created offline). */
    public String newId() {
        return ulids.create().toString();
    }

    /**
     * Adds a command at the end. The command's id becomes the request's Idempotency-Key.
     *
     * @param draft what to send; its id, attempts and times are set here
     * @return the stored command
     */
    public OutboxCommand enqueue(CommandDraft draft) {
        String id = newId();
        OutboxCommand command = new OutboxCommand(id, draft.label(), draft.request().withIdempotencyKey(id),
                draft.target(), draft.targetId(), draft.clientId(), draft.readPath(), clock.instant(), 0, null, null);
        save(command);
        return command;
    }

    /** Every waiting command, oldest first. */
    public List<OutboxCommand> pending() {
        return commands.values();
    }

    public int size() {
        return commands.size();
    }

    /** The oldest command, if any (sending is strictly in order: the head blocks the rest while it is retried). */
    public Optional<OutboxCommand> head() {
        return commands.first();
    }

    /** Whether a command for the given record is waiting (its local copy then shows "pending"). */
    public boolean hasPendingFor(String targetId) {
        return hasPendingFor(targetId, null);
    }

    /** As {@link #hasPendingFor(String)}, not counting the command {@code exceptId} (the one just accepted). */
    public boolean hasPendingFor(String targetId, String exceptId) {
        for (OutboxCommand command : commands.values()) {
            if (targetId.equals(command.targetId()) && !command.id().equals(exceptId)) {
                return true;
            }
        }
        return false;
    }

    /** Records a retryable failure of a command: it stays in place and waits per {@link Backoff}. */
    public OutboxCommand failed(OutboxCommand command, String error) {
        Instant now = clock.instant();
        OutboxCommand again = command.failedOnce(error, now.plus(backoff.after(command.attempts() + 1)));
        save(again);
        return again;
    }

    /** Removes a command (accepted by the server, or moved to the conflict list). */
    public void remove(String id) {
        commands.remove(id);
    }

    private void save(OutboxCommand command) {
        commands.save(command.id(), command);
    }
}
