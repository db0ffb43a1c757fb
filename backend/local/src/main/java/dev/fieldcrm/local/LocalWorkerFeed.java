package dev.fieldcrm.local;

import dev.fieldcrm.core.analytics.ReconciliationPlan;
import dev.fieldcrm.core.hygiene.HygieneBackfill;
import dev.fieldcrm.core.reminders.ReminderBackfill;
import dev.fieldcrm.core.reports.TeamReportsRepair;
import dev.fieldcrm.dynamodblocal.ScheduledEvents;
import dev.fieldcrm.dynamodblocal.StreamPump;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plays AWS's part for the worker in the local run: pumps DynamoDB Local's stream into the worker every second (as
 * Lambda's event source mapping does) and sends an EventBridge "Scheduled Event" at the start of every minute, both
 * as the exact event JSON AWS sends, POSTed to the Lambda event server of the worker's dev mode.
 *
 * <p>The pump starts at the end of the stream as it is when the local run starts (the demo seeding and earlier runs
 * are not replayed). While the worker is not up yet, or restarting, nothing is lost: undelivered records stay
 * where the pump left them, and a missed tick is caught up by the jobs' checkpoints at the next one.
 *
 * <p>Because the seed is not replayed, the demo users' daily reminders would never be planned and the demo deals never
 * checked for data hygiene, nor counted in the dashboard's aggregates and receivables: as soon as the worker answers,
 * the feed sends it the {@code reminder-backfill}, {@code hygiene-backfill}, {@code aggregate-reconcile} and
 * {@code team-reports-repair} events for the demo tenant
 * once (as an operator does after deploying those features; running them again on a later start changes nothing).
 */
final class LocalWorkerFeed {
    /** Quarkus's Lambda event server (dev and test mode) takes events here. */
    private static final String POST_EVENT = "/_lambda_";

    private final StreamPump pump;
    private final URI invocations;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService threads = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "fieldcrm-local-worker-feed");
        thread.setDaemon(true);
        return thread;
    });
    /** Null until the first call: then each change between reachable and not is logged once. */
    private volatile Boolean reachable;
    /** The tenant whose daily reminders are still to be backfilled; null once done. */
    private volatile String backfillTenant;

    LocalWorkerFeed(StreamPump pump, int workerPort, String backfillTenant) {
        this.pump = pump;
        this.invocations = URI.create("http://localhost:" + workerPort + POST_EVENT);
        this.backfillTenant = backfillTenant;
    }

    void start() {
        pump.skipToEnd();
        threads.scheduleWithFixedDelay(this::pumpStream, 1, 1, TimeUnit.SECONDS);
        long toNextMinute = 60_000 - Instant.now().toEpochMilli() % 60_000;
        threads.scheduleAtFixedRate(this::tick, toNextMinute, 60_000, TimeUnit.MILLISECONDS);
        System.out.println("[fieldcrm-local] worker feed: stream every second and a schedule tick every minute to " + invocations);
    }

    private void pumpStream() {
        try {
            backfillOnce();
            List<StreamPump.Delivery> deliveries = pump.drainTo(this::invoke);
            int records = deliveries.stream().mapToInt(d -> d.sequenceNumbers().size()).sum();
            if (records > 0) {
                long failed = deliveries.stream().filter(d -> d.failed() != null).count();
                System.out.printf("[fieldcrm-local] stream → worker: %d records in %d batches%s%n", records,
                        deliveries.size(), failed > 0 ? " (a record failed: it is delivered again)" : "");
            }
        } catch (RuntimeException e) {
            unreachable(e);
        }
    }

    private void backfillOnce() {
        String tenant = backfillTenant;
        if (tenant != null) {
            for (String job : List.of(ReminderBackfill.NAME, HygieneBackfill.NAME, ReconciliationPlan.JOB,
                    TeamReportsRepair.NAME)) {
                String response = invoke(ScheduledEvents.tenantJob(Instant.now(), job, tenant));
                System.out.println("[fieldcrm-local] " + job + " → worker: " + response);
            }
            backfillTenant = null;
        }
    }

    private void tick() {
        Instant now = Instant.now();
        try {
            String response = invoke(ScheduledEvents.at(now));
            System.out.println("[fieldcrm-local] schedule tick " + now + " → worker: " + response);
        } catch (RuntimeException e) {
            unreachable(e);
        }
    }

    private String invoke(String event) {
        HttpRequest request = HttpRequest.newBuilder(invocations).timeout(Duration.ofMinutes(15))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the worker answered " + response.statusCode() + ": " + response.body());
            }
            if (!Boolean.TRUE.equals(reachable)) {
                reachable = true;
                System.out.println("[fieldcrm-local] the worker is reachable");
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("the worker is not reachable at " + invocations + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void unreachable(RuntimeException e) {
        // Log the first failure of a series only: the worker may simply be starting.
        if (!Boolean.FALSE.equals(reachable)) {
            reachable = false;
            System.out.println("[fieldcrm-local] worker call failed, retrying every second: " + e.getMessage());
        }
    }
}
