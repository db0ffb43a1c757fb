package dev.fieldcrm.core.hygiene;

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
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskStatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A deal that offends no rule, changed one aspect at a time by each test. */
final class DealCase {
    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    String pipelineId = SalesDefaults.CLIENTS_PIPELINE;
    String stageId = "needs-analysed";
    Instant stageEnteredAt = NOW.minus(Duration.ofDays(1));
    String title = "Поставка кофе в офис";
    String owner = "anna";
    String clientOwner = "anna";
    String clientName = "ООО «Ромашка»";
    String segment = "retail";
    String city = "Москва";
    String country = "Россия";
    boolean hasClient = true;
    String contactName = "Сергей Петров";
    Money amount = new Money(new BigDecimal("150000"), "RUB");
    Money budget = new Money(new BigDecimal("200000"), "RUB");
    String source = "website-form";
    String partnerId;
    String proposalLink = "https://files.example/kp-1.pdf";
    String demoLink = "https://video.example/demo-1";
    LocalDate trialEndsAt;
    String returnTaskId;
    final List<Task> tasks = new ArrayList<>(List.of(task("T1", NOW.plus(Duration.ofDays(1)))));
    HygieneParameters parameters = HygieneParameters.defaults();

    static Task task(String id, Instant dueAt) {
        return new Task(id, "C1", TaskKind.CALL, "Позвонить", dueAt, null, null, "anna", TaskStatus.OPEN, "ООО «Ромашка»",
                "Москва", null, null, null, null, NOW.minus(Duration.ofDays(3)), "anna", NOW.minus(Duration.ofDays(3)), "anna", 1);
    }

    DealCase at(String pipeline, String stage) {
        this.pipelineId = pipeline;
        this.stageId = stage;
        return this;
    }

    DealFacts facts() {
        Pipeline pipeline = SalesDefaults.pipelines().stream().filter(p -> p.id().equals(pipelineId)).findFirst().orElseThrow();
        var kind = pipeline.stages().stream().filter(s -> s.id().equals(stageId)).findFirst().orElseThrow().kind();
        Deal deal = new Deal("D1", hasClient ? "C1" : null, "P1", owner, "north", title, amount, budget, source, partnerId,
                proposalLink, demoLink, null, null, pipelineId, stageId, stageEnteredAt, DealStatus.of(kind), null, null,
                trialEndsAt, returnTaskId, false, NOW.minus(Duration.ofDays(30)), owner, NOW, owner, 3);
        Client client = hasClient ? new Client("C1", clientOwner, "north", new ClientDetails(clientName, null, null, null, null,
                null, null, null, null, new Geography(country, null, city, null, null, null), segment, null, null, null, null,
                null, null, null, null, null), false, null, List.of(), NOW, "anna", NOW, "anna", 1) : null;
        Contact contact = new Contact("P1", "C1", new ContactDetails(contactName, null, null, null, null, null, null, false, false),
                false, NOW, "anna", NOW, "anna", 1);
        return new DealFacts(deal, pipeline, client, contact, hasClient ? tasks : List.of(), NOW);
    }

    java.util.Set<HygieneRule> offences() {
        return HygieneCheck.offences(facts(), parameters);
    }
}
