package dev.fieldcrm.bench;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.clients.Geography;
import dev.fieldcrm.core.clients.Money;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealStatus;
import dev.fieldcrm.core.deals.Pipeline;
import dev.fieldcrm.core.deals.SalesDefaults;
import dev.fieldcrm.core.deals.Stage;
import dev.fieldcrm.core.dynamo.DynamoBulkLoader;
import dev.fieldcrm.core.dynamo.HygieneServices;
import dev.fieldcrm.core.events.Change;
import dev.fieldcrm.core.events.ChangeListener;
import dev.fieldcrm.core.hygiene.DealFacts;
import dev.fieldcrm.core.hygiene.HygieneCheck;
import dev.fieldcrm.core.hygiene.HygieneParameters;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hygiene rule evaluation throughput (issue 7): a stream batch of deal changes handed to the hygiene listener
 * ({@code HygieneServices.onDynamo(...).changes()}, as the worker builds it) on DynamoDB Local, once fresh (offences
 * are stored) and once replayed (same batch again: reads only, nothing to write); and the pure rule engine
 * ({@link HygieneCheck#offences}) on the same deals' facts, without storage.
 *
 * <p>The deals, their organisations, contacts and open tasks are seeded with BatchWriteItem ({@link DynamoBulkLoader},
 * encoded as the app encodes them); every third deal offends a few rules (no source, no next step, a placeholder
 * title), so the fresh pass writes for some deals and not for others.
 */
final class BenchHygiene {
    private static final int OWNERS = 20;

    private BenchHygiene() {
    }

    /** What was measured, as a markdown section. */
    record Result(String markdown) {
    }

    static Result run(DynamoDbClient seeding, DynamoDbClient dynamo, BenchDigests.CallCounter calls, int changes,
                      int evaluations) {
        Instant now = Instant.now();
        Pipeline pipeline = SalesDefaults.pipelines().getFirst();
        List<Object> records = new ArrayList<>();
        List<Change> batch = new ArrayList<>();
        List<DealFacts> facts = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            Sample sample = sample(i, pipeline, now);
            records.addAll(List.of(sample.deal(), sample.client(), sample.contact()));
            records.addAll(sample.tasks());
            batch.add(new Change(BenchDashboard.TENANT, "bench-hygiene-" + i, null, sample.deal()));
            facts.add(new DealFacts(sample.deal(), pipeline, sample.client(), sample.contact(), sample.tasks(), now));
        }
        new DynamoBulkLoader(seeding, BenchDashboard.TABLE).put(BenchDashboard.TENANT, records);

        ChangeListener listener = HygieneServices.onDynamo(dynamo, BenchDashboard.TABLE, Clock.systemUTC()).changes();
        Pass fresh = pass("fresh (offences stored)", listener, batch, calls);
        Pass replay = pass("replayed (same batch again: nothing to write)", listener, batch, calls);

        HygieneParameters parameters = HygieneParameters.defaults();
        long found = 0;
        for (int i = 0; i < evaluations / 10; i++) {
            found += HygieneCheck.offences(facts.get(i % facts.size()), parameters).size();
        }
        long start = System.nanoTime();
        for (int i = 0; i < evaluations; i++) {
            found += HygieneCheck.offences(facts.get(i % facts.size()), parameters).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("[hygiene] rule engine: %d evaluations in %.2f s (%d offences found, warm-up included)%n",
                evaluations, seconds, found);

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Hygiene: a stream batch of %d deal changes (creations; %d owners; "
                + "every third deal offends) handed to the hygiene listener in order, single-threaded, as the worker's "
                + "StreamHandler does:%n%n", changes, OWNERS));
        md.append("| pass | wall time | changes/s | DynamoDB calls per change |\n|---|---:|---:|---|\n");
        for (Pass pass : List.of(fresh, replay)) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f s | %.0f | %s |%n", pass.name(), pass.seconds(),
                    changes / pass.seconds(), perChange(pass.calls(), changes)));
        }
        md.append(String.format(Locale.ROOT, "%nPure rule engine (HygieneCheck.offences on the same %d deals' facts, "
                + "no storage): %d evaluations in %.2f s = %.0f evaluations/s (after %d warm-up evaluations).%n",
                facts.size(), evaluations, seconds, evaluations / seconds, evaluations / 10));
        return new Result(md.toString());
    }

    private record Pass(String name, double seconds, Map<String, Long> calls) {
    }

    private static Pass pass(String name, ChangeListener listener, List<Change> batch, BenchDigests.CallCounter calls) {
        calls.reset();
        long start = System.nanoTime();
        batch.forEach(listener::on);
        listener.batchEnded();
        double seconds = (System.nanoTime() - start) / 1e9;
        Pass pass = new Pass(name, seconds, calls.snapshot());
        System.out.printf("[hygiene] %s: %d changes in %.2f s, calls %s%n", name, batch.size(), seconds, pass.calls());
        return pass;
    }

    private static String perChange(Map<String, Long> calls, int changes) {
        StringBuilder s = new StringBuilder();
        calls.forEach((op, n) -> s.append(s.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.2f", op, n / (double) changes)));
        return s.toString();
    }

    private record Sample(Deal deal, Client client, Contact contact, List<Task> tasks) {
    }

    /** Deal {@code i}: at one of the open stages, with its organisation and contact; every third one offends. */
    private static Sample sample(int i, Pipeline pipeline, Instant now) {
        boolean offends = i % 3 == 0;
        String owner = "hyg" + (i % OWNERS);
        String team = "hteam" + (i % 4);
        String dealId = String.format("HD%06d", i);
        String clientId = String.format("HC%06d", i);
        String contactId = String.format("HP%06d", i);
        List<Stage> open = pipeline.stages().subList(0, 5);
        Stage stage = open.get(i % open.size());
        Instant created = now.minus(Duration.ofDays(30));
        Deal deal = new Deal(dealId, clientId, contactId, owner, team, offends ? "test" : "Поставка кофе " + i,
                new Money(new BigDecimal("150000"), "RUB"), new Money(new BigDecimal("200000"), "RUB"),
                offends ? null : "website-form", null, "https://files.example/kp-" + i + ".pdf",
                "https://video.example/demo-" + i, null, null, pipeline.id(), stage.id(), now.minus(Duration.ofDays(1)),
                DealStatus.of(stage.kind()), null, null, null, null, false, created, owner, now, owner, 1);
        Client client = new Client(clientId, owner, team, new ClientDetails("ООО «Клиент " + i + "»", null, null, null,
                null, null, null, null, null, new Geography("Россия", null, "Москва", null, null, null), "retail", null,
                null, null, null, null, null, null, null, null), false, null, List.of(), created, owner, created, owner, 1);
        Contact contact = new Contact(contactId, clientId, new ContactDetails("Сергей Петров " + i, null, null, null,
                null, null, null, false, false, null), false, created, owner, created, owner, 1);
        List<Task> tasks = offends ? List.of() : List.of(new Task(String.format("HT%06d", i), clientId, TaskKind.CALL,
                "Позвонить", now.plus(Duration.ofDays(1)), null, null, owner, TaskStatus.OPEN, client.details().name(),
                "Москва", null, null, null, null, created, owner, created, owner, 1));
        return new Sample(deal, client, contact, tasks);
    }
}
