package dev.fieldcrm.core.agenda;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.leads.Lead;
import dev.fieldcrm.core.leads.LeadFields;
import dev.fieldcrm.core.leads.LeadStatus;
import dev.fieldcrm.core.tasks.TaskStatus;
import dev.fieldcrm.core.users.TeamScope;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AgendaServiceTest {
    /** 14:30 UTC is 00:30 of the next day in Vladivostok (UTC+10) and 17:30 of the same day in Moscow (UTC+3). */
    private static final Instant NOW = Instant.parse("2026-11-23T14:30:00Z");
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final CapturingTaskQueries tasks = new CapturingTaskQueries();
    private final UserStore users = new FixedUsers(Map.of(
            "rep2", user("rep2", "east", VLADIVOSTOK),
            "rep3", user("rep3", "west", ZoneId.of("Europe/Berlin"))));
    private final AgendaService agenda = new AgendaService(tasks, new TeamScope(users), Clock.fixed(NOW, ZoneOffset.UTC));

    private static Caller rep(String id, ZoneId zone) {
        return new Caller("acme", id, Set.of(Role.REP), "east", zone);
    }

    private static Caller manager(ZoneId zone) {
        return new Caller("acme", "mgr", Set.of(Role.MANAGER), "east", zone);
    }

    @Test
    void justAfterLocalMidnight_todayIsTheNewLocalDay_andEndsAtTheNextLocalMidnight() {
        Agenda day = agenda.today(rep("rep2", VLADIVOSTOK), null, PageRequest.first(50));

        assertThat(day.date()).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(day.timeZone()).isEqualTo("Asia/Vladivostok");
        // 2026-11-25T00:00 in Vladivostok.
        assertThat(tasks.before).isEqualTo(Instant.parse("2026-11-24T14:00:00Z"));
        assertThat(tasks.assignee).isEqualTo("rep2");
        assertThat(tasks.tenant).isEqualTo("acme");
    }

    @Test
    void theSameInstantInMoscow_isStillTheAfternoonOfTheEarlierDay() {
        Agenda day = agenda.today(rep("rep1", MOSCOW), null, PageRequest.first(50));

        assertThat(day.date()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(tasks.before).isEqualTo(Instant.parse("2026-11-23T21:00:00Z"));
    }

    @Test
    void aStepIsOverdue_exactlyWhenItWasDueBeforeLocalMidnightThatStartedToday() {
        // Today in Vladivostok began at 2026-11-23T14:00:00Z.
        tasks.answer = List.of(
                task("late", "2026-11-20T08:00:00Z"),
                task("just-late", "2026-11-23T13:59:59Z"),
                task("at-midnight", "2026-11-23T14:00:00Z"),
                task("later-today", "2026-11-24T05:00:00Z"));

        Agenda day = agenda.today(rep("rep2", VLADIVOSTOK), null, PageRequest.first(50));

        assertThat(day.items()).extracting(item -> item.task().id(), AgendaItem::overdue).containsExactly(
                tuple("late", true),
                tuple("just-late", true),
                tuple("at-midnight", false),
                tuple("later-today", false));
        assertThat(day.overdue()).isEqualTo(2);
        assertThat(day.dueToday()).isEqualTo(2);
    }

    @Test
    void aManagerSeesARepsDay_inTheRepsTimeZone_notTheManagers() {
        Agenda day = agenda.today(manager(MOSCOW), "rep2", PageRequest.first(50));

        assertThat(day.repId()).isEqualTo("rep2");
        assertThat(day.timeZone()).isEqualTo("Asia/Vladivostok");
        assertThat(day.date()).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(tasks.assignee).isEqualTo("rep2");
        assertThat(tasks.before).isEqualTo(Instant.parse("2026-11-24T14:00:00Z"));
    }

    @Test
    void aRepCannotOpenAColleaguesAgenda_andNothingIsRead() {
        assertThatThrownBy(() -> agenda.today(rep("rep1", MOSCOW), "rep2", PageRequest.first(50)))
                .isInstanceOf(Forbidden.class);
        assertThat(tasks.calls).isZero();
    }

    @Test
    void aManagerCannotOpenTheAgendaOfAnotherTeamsRep() {
        assertThatThrownBy(() -> agenda.today(manager(MOSCOW), "rep3", PageRequest.first(50)))
                .isInstanceOf(NotFound.class);
        assertThat(tasks.calls).isZero();
    }

    @Test
    void theNextPageCursorIsPassedOn() {
        tasks.nextCursor = "more";

        assertThat(agenda.today(rep("rep2", VLADIVOSTOK), null, PageRequest.first(1)).nextCursor()).isEqualTo("more");
    }

    @Test
    void aLeadToContactIsAnEntryOfKindLead_orderedWithTheStepsAndCountedLikeThem() {
        tasks.answer = List.of(
                lead("late-lead", "2026-11-23T10:00:00Z"),
                task("step", "2026-11-24T05:00:00Z"));

        Agenda day = agenda.today(rep("rep2", VLADIVOSTOK), null, PageRequest.first(50));

        assertThat(day.items()).extracting(AgendaItem::kind, AgendaItem::overdue).containsExactly(
                tuple(AgendaItemKind.LEAD, true),
                tuple(AgendaItemKind.TASK, false));
        AgendaLead lead = day.items().get(0).lead();
        assertThat(lead.leadId()).isEqualTo("late-lead");
        assertThat(lead.name()).isEqualTo("Ivan Petrov");
        assertThat(lead.company()).isEqualTo("Petrov LLC");
        assertThat(lead.phone()).isEqualTo("+79140000001");
        assertThat(lead.city()).isEqualTo("Nakhodka");
        assertThat(lead.dueAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(day.items().get(0).task()).isNull();
        assertThat(day.items().get(1).lead()).isNull();
        assertThat(day.overdue()).isEqualTo(1);
        assertThat(day.dueToday()).isEqualTo(1);
        assertThat(tasks.calls).isEqualTo(1);
    }

    private static Lead lead(String id, String contactBy) {
        Instant created = Instant.parse("2026-11-01T00:00:00Z");
        LeadFields fields = new LeadFields("Ivan Petrov", "Petrov LLC", null, "+79140000001", null, null, "Nakhodka", null,
                null, null);
        return new Lead(id, LeadStatus.OPEN, "rep2", "east", fields, null, "+79140000001", "website", "Site form",
                null, null, Instant.parse(contactBy), null, null, created, created, "worker", 1);
    }

    private static Task task(String id, String dueAt) {
        Instant created = Instant.parse("2026-11-01T00:00:00Z");
        return new Task(id, "client", TaskKind.CALL, "Call", Instant.parse(dueAt), null, null, "rep2", TaskStatus.OPEN,
                "Client", "City", null, null, null, null, created, "rep2", created, "rep2", 1);
    }

    private static User user(String id, String team, ZoneId zone) {
        return new User(id, id, id + "@example.com", Set.of(Role.REP), team, zone.getId(), "en", true, 1);
    }

    /** Answers with fixed entries (tasks, or leads) and remembers what the agenda asked for. */
    private static final class CapturingTaskQueries implements AgendaQueries {
        List<Object> answer = List.of();
        String nextCursor;
        String tenant;
        String assignee;
        Instant before;
        int calls;

        @Override
        public Page<AgendaEntry> dueFor(String tenantId, String assigneeId, Instant dueBefore, PageRequest page) {
            calls++;
            tenant = tenantId;
            assignee = assigneeId;
            before = dueBefore;
            return new Page<>(answer.stream().map(r -> r instanceof Lead l ? AgendaEntry.of(l) : AgendaEntry.of((Task) r))
                    .toList(), nextCursor);
        }
    }

    private record FixedUsers(Map<String, User> byId) implements UserStore {
        @Override
        public Optional<User> find(String tenantId, String userId) {
            return "acme".equals(tenantId) ? Optional.ofNullable(byId.get(userId)) : Optional.empty();
        }

        @Override
        public List<User> list(String tenantId) {
            return new ArrayList<>(byId.values());
        }

        @Override
        public void save(String tenantId, User user) {
            throw new UnsupportedOperationException();
        }
    }
}
