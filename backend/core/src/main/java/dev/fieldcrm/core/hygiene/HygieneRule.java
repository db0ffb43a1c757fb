package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.Geography;
import dev.fieldcrm.core.deals.DealField;
import dev.fieldcrm.core.deals.PipelinePurpose;
import dev.fieldcrm.core.deals.StageKind;
import dev.fieldcrm.core.tasks.Task;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The data-hygiene rules of seed 002 ("Система контроля"): each says whether one deal offends it. Severity 1 rules
 * are about a deal's data being wrong or missing; severity 2 rules about a deal being neglected.
 *
 * <p>The id is what offenders, review rounds and exports are stored and shown under, so it never changes.
 */
public enum HygieneRule {
    NO_NEXT_STEP("S1-01", 1, "Сделка в работе без открытой задачи (следующего шага)", "Deal in work with no open task (next step)") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            return f.inWork() && f.openTasks().isEmpty();
        }
    },
    FROZEN_WITHOUT_RETURN("S1-02", 1, "Замороженная сделка без задачи на возврат", "Frozen deal with no task to return to it") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            String returnTask = f.deal().returnTaskId();
            return f.stageKind() == StageKind.FROZEN
                    && (returnTask == null || f.openTasks().stream().noneMatch(t -> t.id().equals(returnTask)));
        }
    },
    NO_AMOUNT("S1-03", 1, "Нет суммы, хотя КП отправлено или сделка дальше", "No amount although a proposal was sent or a later stage reached") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            return f.reached(p.proposalStageId())
                    && (f.deal().amount() == null || f.deal().amount().amount().signum() == 0);
        }
    },
    REQUIRED_FIELDS_EMPTY("S1-04", 1, "На этапе «КП отправлено» или дальше не заполнены обязательные поля",
            "At \"proposal sent\" or later, required fields are empty") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            return f.reached(p.proposalStageId())
                    && p.requiredAtProposal().stream().anyMatch(field -> !filledIn(field, f));
        }
    },
    PLACEHOLDER_NAME("S1-05", 1, "Некорректное название сделки, контакта или организации", "Incorrect name of the deal, contact or organisation") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            return PlaceholderNames.any(p.placeholderNames(), f.deal().title(),
                    f.contact() == null ? null : f.contact().details().name(),
                    f.client() == null ? null : f.client().name());
        }
    },
    PARTNER_NOT_SET("S1-06", 1, "В названии организации «от партнёра», но партнёр не указан",
            "The organisation's name says it came from a partner, but no partner is set") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            if (f.client() == null || f.deal().partnerId() != null) {
                return false;
            }
            String name = fold(f.client().name());
            return p.partnerNameMarkers().stream().anyMatch(marker -> name.contains(fold(marker)));
        }
    },
    OWNERS_DIFFER("S1-07", 1, "Организация и сделка у разных ответственных", "The deal's organisation and the deal have different owners") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            return f.client() != null && !f.client().ownerId().equals(f.deal().ownerId());
        }
    },
    NO_SOURCE("S1-08", 1, "Не указан источник сделки", "No deal source") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            return blank(f.deal().source());
        }
    },
    NO_DEMO_LINK("S1-09", 1, "Этап «Демо проведено» или дальше, но нет ссылки на запись демо",
            "At \"demo done\" or later but no link to the demo record") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            return f.reached(p.demoStageId()) && blank(f.deal().demoLink());
        }
    },
    NO_PROPOSAL_LINK("S1-10", 1, "Нет ссылки на коммерческое предложение", "No link to the commercial proposal") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            return f.reached(p.proposalStageId()) && blank(f.deal().proposalLink());
        }
    },
    NO_ORGANISATION("S1-11", 1, "Открытая сделка в воронке клиентов или партнёров без организации",
            "Open deal in the clients or partners pipeline not linked to an organisation") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            PipelinePurpose purpose = f.pipeline().purpose();
            return f.inWork() && f.deal().clientId() == null
                    && (purpose == PipelinePurpose.CLIENTS || purpose == PipelinePurpose.PARTNERS);
        }
    },
    PARTNER_NOT_AGENCY("S1-12", 1, "Организация с открытой сделкой в воронке партнёров не отмечена как агентство",
            "An organisation with an open partners-pipeline deal is not flagged as an agency") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            return f.inWork() && f.pipeline().purpose() == PipelinePurpose.PARTNERS
                    && f.client() != null && !isAgency(f.client(), p);
        }
    },
    PARTNER_MANAGER_DEAL("S1-13", 1,
            "Сделка клиентской воронки на «Демо проведено» или дальше у партнёр-менеджера: организация не агентство и партнёр не указан",
            "A clients-pipeline deal at \"demo done\" or later owned by a partner manager, not an agency and no partner set") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            return f.pipeline().purpose() == PipelinePurpose.CLIENTS && f.reached(p.demoStageId())
                    && p.partnerManagerIds().contains(f.deal().ownerId())
                    && (f.client() == null || !isAgency(f.client(), p)) && f.deal().partnerId() == null;
        }
    },
    NO_CITY_COUNTRY("S2-01", 2, "Не заполнены город и страна", "City and country are empty") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            if (f.client() == null) {
                return false;
            }
            Geography g = f.client().details().geography();
            return g == null || (blank(g.city()) && blank(g.country()));
        }
    },
    STUCK_IN_ACCEPTED("S2-02", 2, "На этапе «Принято в работу» больше 7 дней", "At \"accepted in work\" for more than 7 days") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            return f.deal().stageId().equals(p.acceptedStageId())
                    && longerThan(f.deal().stageEnteredAt(), f.now(), p.acceptedMaxDays());
        }
    },
    OVERDUE_TASKS("S2-03", 2, "Сделка в работе с просроченными задачами", "Deal in work with overdue tasks") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            return f.inWork() && f.openTasks().stream().map(Task::dueAt).anyMatch(due -> due != null && due.isBefore(f.now()));
        }
    },
    NO_PROGRESS("S2-04", 2, "Нет движения по этапам больше 2 недель (кроме бесплатного теста)",
            "No stage progress for more than 2 weeks (except a free trial)") {
        @Override
        boolean offends(DealFacts f, HygieneParameters p) {
            if (!f.inWork()) {
                return false;
            }
            if (f.stageKind() == StageKind.TRIAL && f.deal().trialEndsAt() != null
                    && !f.now().atZone(ZoneOffset.UTC).toLocalDate().isAfter(f.deal().trialEndsAt())) {
                return false;
            }
            return longerThan(f.deal().stageEnteredAt(), f.now(), p.staleDays());
        }
    };

    private final String id;
    private final int severity;
    private final String descriptionRu;
    private final String descriptionEn;

    HygieneRule(String id, int severity, String descriptionRu, String descriptionEn) {
        this.id = id;
        this.severity = severity;
        this.descriptionRu = descriptionRu;
        this.descriptionEn = descriptionEn;
    }

    abstract boolean offends(DealFacts facts, HygieneParameters parameters);

    /** Stored and shown by id ("S1-01"), never by constant name. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return id;
    }

    public int severity() {
        return severity;
    }

    public String description(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? descriptionRu : descriptionEn;
    }

    /** The rule of an id as stored or sent ({@link #id()}); unknown ids are an error. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static HygieneRule ofId(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("not a hygiene rule: " + id));
    }

    public static java.util.Optional<HygieneRule> byId(String id) {
        return java.util.Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String fold(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static boolean isAgency(Client client, HygieneParameters p) {
        String segment = client.details().segment();
        return segment != null && fold(segment).equals(fold(p.agencySegment()));
    }

    private static boolean filledIn(DealField field, DealFacts f) {
        if (field == DealField.AMOUNT || field == DealField.BUDGET) {
            var money = field == DealField.AMOUNT ? f.deal().amount() : f.deal().budget();
            return money != null && money.amount().compareTo(BigDecimal.ZERO) > 0;
        }
        return field.isFilledIn(f.deal());
    }

    /** Strictly more than {@code days} whole days: exactly 7 days in "accepted" is still allowed. */
    private static boolean longerThan(Instant since, Instant now, int days) {
        return since != null && Duration.between(since, now).compareTo(Duration.ofDays(days)) > 0;
    }
}
