package dev.fieldcrm.local;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.Money;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.DealInput;
import dev.fieldcrm.core.deals.DealService;
import dev.fieldcrm.core.deals.SalesDefaults;
import dev.fieldcrm.core.deals.SalesSettings;
import dev.fieldcrm.core.deals.StageMove;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.shared.Caller;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The demo tenant's deals: for each rep, a deal at every stage of both default pipelines, each walked there stage by
 * stage through the deals use cases (so it has a real stage history, amounts, sources and the links each stage
 * requires), a frozen deal with its return step, a trial, won and lost deals with reasons; plus one deal whose
 * owner does not own its client and one without a client, for the hygiene rules to find.
 *
 * <p>The deals use cases run on a {@link DemoClock} set in the past, so histories spread over the last weeks
 * instead of the seeding second (the rules that look at "today", like a future return day, still hold).
 */
final class DemoDeals {
    /** The stages a clients-pipeline deal passes through to reach each stage (the last one is the target). */
    private static final Map<String, List<String>> CLIENT_PATHS = Map.of(
            "new", List.of(),
            "accepted", List.of("accepted"),
            "needs-analysed", List.of("accepted", "needs-analysed"),
            "proposal-sent", List.of("accepted", "needs-analysed", "proposal-sent"),
            "demo-done", List.of("accepted", "needs-analysed", "proposal-sent", "demo-done"),
            "trial", List.of("accepted", "needs-analysed", "proposal-sent", "demo-done", "trial"),
            "negotiation", List.of("accepted", "needs-analysed", "proposal-sent", "demo-done", "trial", "negotiation"),
            "frozen", List.of("accepted", "needs-analysed", "proposal-sent", "frozen"),
            "won", List.of("accepted", "needs-analysed", "proposal-sent", "demo-done", "negotiation", "won"),
            "lost", List.of("accepted", "needs-analysed", "lost"));
    private static final List<String> CLIENT_STAGES = List.of("new", "accepted", "needs-analysed", "proposal-sent",
            "demo-done", "trial", "negotiation", "frozen", "won", "lost");
    private static final Map<String, List<String>> PARTNER_PATHS = Map.of(
            "new", List.of(),
            "accepted", List.of("accepted"),
            "negotiation", List.of("accepted", "negotiation"),
            "contract-signed", List.of("accepted", "negotiation", "contract-signed"),
            "frozen", List.of("accepted", "frozen"),
            "lost", List.of("accepted", "negotiation", "lost"));
    private static final List<String> PARTNER_STAGES = List.of("new", "accepted", "negotiation", "contract-signed", "frozen", "lost");
    private static final String[] TOPICS = {"Поставка оборудования", "Годовой контракт", "Пилотный проект",
            "Расширение ассортимента", "Сервисное обслуживание", "Допродажа модулей"};
    private static final Duration STEP = Duration.ofDays(3);

    private final DealService deals;
    private final DemoClock clock;
    private final Instant now;
    private final SalesSettings settings = SalesDefaults.settings();
    private int made;

    DemoDeals(DynamoDbClient dynamo, String table, Clock realClock) {
        this.now = realClock.instant();
        this.clock = new DemoClock(now);
        this.deals = CoreServices.onDynamo(dynamo, table, "RU", clock).deals();
    }

    /**
     * Seeds the deals of each rep on the rep's own clients, then the two hygiene offenders; {@code manager} hands
     * one deal over. Returns how many deals were written.
     */
    int seed(Map<Caller, List<Client>> clientsByRep, Caller manager) {
        for (Map.Entry<Caller, List<Client>> rep : clientsByRep.entrySet()) {
            List<Client> clients = rep.getValue();
            if (clients.isEmpty()) {
                continue;
            }
            int n = 0;
            for (String stage : CLIENT_STAGES) {
                walk(rep.getKey(), clients.get(n++ % clients.size()), SalesDefaults.CLIENTS_PIPELINE, CLIENT_PATHS.get(stage));
            }
            for (String stage : PARTNER_STAGES) {
                walk(rep.getKey(), clients.get(n++ % clients.size()), SalesDefaults.PARTNERS_PIPELINE, PARTNER_PATHS.get(stage));
            }
        }
        List<Caller> reps = List.copyOf(clientsByRep.keySet());
        if (reps.size() >= 2 && !clientsByRep.get(reps.get(0)).isEmpty()) {
            // One deal, one owner broken on purpose: the manager hands a deal of the first rep's client to the second.
            Caller first = reps.get(0);
            List<Client> clients = clientsByRep.get(first);
            Deal handed = walk(first, clients.get(clients.size() - 1), SalesDefaults.CLIENTS_PIPELINE, List.of("accepted"));
            at(Duration.ofHours(2));
            deals.reassign(manager, handed.id(), handed.version(), reps.get(1).userId());
        }
        if (!reps.isEmpty()) {
            // A lead that came by chat before anyone knew the organisation.
            walk(reps.get(0), null, SalesDefaults.CLIENTS_PIPELINE, List.of("accepted"));
        }
        return made;
    }

    /** Creates a deal and moves it along {@code path}, one stage every few (demo) days, ending a day ago. */
    private Deal walk(Caller rep, Client client, String pipelineId, List<String> path) {
        int n = made++;
        at(STEP.multipliedBy(path.size() + 1).plusHours(n));
        boolean proposal = path.contains("proposal-sent") || path.contains("demo-done");
        boolean demo = path.contains("demo-done");
        boolean budget = path.contains("negotiation");
        String title = TOPICS[n % TOPICS.length] + (client == null ? "" : " — " + client.name());
        BigDecimal value = BigDecimal.valueOf(150_000L + 35_000L * (n % 17));
        DealInput input = new DealInput(title, client == null ? null : client.id(), null,
                new Money(value, "RUB"), budget ? new Money(value.add(BigDecimal.valueOf(50_000)), "RUB") : null,
                settings.sources().get(n % settings.sources().size()), null,
                proposal ? "https://docs.demo.fieldcrm.dev/kp/" + n : null,
                demo ? "https://meet.demo.fieldcrm.dev/demo/" + n : null,
                null, LocalDate.ofInstant(now, rep.zone()).plusDays(20 + n % 40), pipelineId);
        Deal deal = deals.create(rep, null, input, null);
        for (int i = 0; i < path.size(); i++) {
            at(STEP.multipliedBy(path.size() - i).plusHours(n));
            deal = deals.move(rep, deal.id(), deal.version(), move(path.get(i), n, rep.zone()));
        }
        return deal;
    }

    private StageMove move(String stageId, int n, ZoneId zone) {
        return switch (stageId) {
            case "won", "contract-signed" -> new StageMove(stageId, settings.wonReasons().get(n % settings.wonReasons().size()),
                    null, "Договор подписан");
            case "lost" -> new StageMove(stageId, settings.lostReasons().get(n % settings.lostReasons().size()),
                    null, "Клиент отказался");
            case "frozen" -> new StageMove(stageId, null, LocalDate.ofInstant(now, zone).plusDays(10 + n % 20),
                    "Вернуться после утверждения бюджета");
            default -> new StageMove(stageId, null, null, null);
        };
    }

    /** Sets the deals' clock to {@code ago} before the real now. */
    private void at(Duration ago) {
        clock.set(now.minus(ago));
    }

    /** A clock the seeding sets, so the deals use cases stamp their writes at demo times in the past. */
    static final class DemoClock extends Clock {
        private Instant instant;

        DemoClock(Instant instant) {
            this.instant = instant;
        }

        void set(Instant at) {
            instant = at;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant, zone);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
