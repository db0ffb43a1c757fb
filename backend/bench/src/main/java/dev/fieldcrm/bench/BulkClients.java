package dev.fieldcrm.bench;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.InteractionSummary;
import dev.fieldcrm.core.dynamo.DynamoBulkLoader;
import dev.fieldcrm.core.journal.Interaction;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The bulk of the tenant, written with BatchWriteItem: per client its profile, one past call in the journal and
 * one open next step due in 2 to 30 days (so it sits in the rep's agenda index but not on today's agenda), plus
 * optionally more past calls (history). No contacts, audit trail or unique-value guards: they do not touch the
 * queries measured here. A lean shape (the profile only, one item per client) grows a tenant to a million clients
 * in a third of the items.
 */
final class BulkClients {
    /** What each client gets: {@code history} extra past calls; {@code lean}: the profile only. */
    record Shape(int history, boolean lean) {
        static final Shape FULL = new Shape(0, false);
        static final Shape LEAN = new Shape(0, true);

        int itemsPerClient() {
            return lean ? 1 : 3 + history;
        }
    }

    private final DynamoBulkLoader loader;
    private final Clock clock;
    private final String tenant;
    private final int threads;

    BulkClients(DynamoBulkLoader loader, Clock clock) {
        this(loader, clock, BenchTenant.TENANT, 4);
    }

    BulkClients(DynamoBulkLoader loader, Clock clock, String tenant, int threads) {
        this.loader = loader;
        this.clock = clock;
        this.tenant = tenant;
        this.threads = threads;
    }

    /** Writes {@code perRep} clients for each rep in [fromRep, toRep); numbers start at {@code numberBase}. */
    void write(int fromRep, int toRep, int perRep, int numberBase) throws Exception {
        write(fromRep, toRep, perRep, numberBase, Shape.FULL);
    }

    void write(int fromRep, int toRep, int perRep, int numberBase, Shape shape) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int r = fromRep; r < toRep; r++) {
                int rep = r;
                done.add(pool.submit(() -> loader.put(tenant, recordsOf(rep, perRep, numberBase + rep * 1000, shape))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
    }

    private List<Object> recordsOf(int rep, int count, int numberBase, Shape shape) {
        String repId = BenchTenant.rep(rep);
        String team = BenchTenant.team(rep);
        Instant now = clock.instant();
        List<Object> records = new ArrayList<>(count * shape.itemsPerClient());
        for (int i = 0; i < count; i++) {
            int n = numberBase + i;
            String clientId = id(n, 'C');
            String callId = id(n, 'J');
            String taskId = id(n, 'T');
            var details = BenchTenant.details(n);
            Instant called = now.minus(Duration.ofDays(5 + n % 20));
            Interaction call = new Interaction(callId, clientId, details.name(), InteractionType.CALL, called, null, "phone",
                    "Discussed the next quarter", "Interested", null, null, null, null, taskId, repId, called, 1);
            records.add(new Client(clientId, repId, team, details, false, called,
                    List.of(new InteractionSummary(callId, "CALL", called, call.summary(), call.result(), repId)),
                    called, repId, called, repId, 2));
            if (shape.lean()) {
                continue;
            }
            records.add(call);
            for (int h = 0; h < shape.history(); h++) {
                // Older calls, a week apart, before the latest one; ids of their own kind so they never collide.
                Instant earlier = called.minus(Duration.ofDays(7L * (h + 1)));
                records.add(new Interaction(id(n * 64 + h, 'H'), clientId, details.name(), InteractionType.CALL, earlier,
                        null, "phone", "Earlier call " + (h + 1), "Thinking", null, null, null, null, null, repId, earlier, 1));
            }
            records.add(new Task(taskId, clientId, TaskKind.CALL, "Call back", now.plus(Duration.ofDays(2 + n % 29)), null,
                    null, repId, TaskStatus.OPEN, details.name(), details.city(), call.summary(), null, null, null,
                    called, repId, called, repId, 1));
        }
        return records;
    }

    // A valid-looking 26-character ULID (Crockford base 32) that cannot collide with generated ones: fixed time part.
    private static String id(int n, char kind) {
        String digits = Integer.toString(n, 32).toUpperCase().replace('I', 'X').replace('L', 'Y').replace('O', 'Z').replace('U', 'W');
        return "01BENCH" + kind + "0".repeat(26 - 8 - digits.length()) + digits;
    }
}
