package dev.fieldcrm.core.audit;

import dev.fieldcrm.core.audit.AuditEntry.FieldChange;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.Geography;
import dev.fieldcrm.core.tasks.Task;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditDiffTest {
    private static final Instant CREATED = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-21T10:15:00Z");

    private static Task openTask() {
        return new Task("01JTASK00000000000000000AA", "01JCLIENT000000000000000AA", TaskKind.CALL, "Call back",
                Instant.parse("2026-11-25T09:00:00Z"), null, null, "rep1", TaskStatus.OPEN, "Ёлка", "Тверь", null,
                null, null, null, CREATED, "rep1", CREATED, "rep1", 1);
    }

    private static Client client(String city, Integer loyalty, List<String> phones) {
        ClientDetails details = new ClientDetails("Ёлка", "ООО", null, null, null, null, phones, null, null,
                new Geography("Россия", null, city, null, null, null), null, null, null, null, null, null, null, loyalty, null);
        return new Client("01JCLIENT000000000000000AA", "rep1", "east", details, false, null, List.of(),
                CREATED, "rep1", CREATED, "rep1", 1);
    }

    @Test
    void identicalRecords_haveNoChanges() {
        assertThat(AuditDiff.between(openTask(), openTask())).isEmpty();
    }

    @Test
    void aRescheduledTask_showsOnlyTheNewDueTime_notTheBookkeepingFields() {
        Task task = openTask();
        Task moved = task.rescheduled(Instant.parse("2026-11-26T09:00:00Z"), task.assigneeId(), "mgr", LATER);

        assertThat(AuditDiff.between(task, moved)).containsExactly(
                new FieldChange("dueAt", "2026-11-25T09:00:00Z", "2026-11-26T09:00:00Z"));
    }

    @Test
    void fieldsThatAppear_areChangesFromNull() {
        Task task = openTask();
        Task done = task.completed("met the buyer", "rep1", LATER);

        assertThat(AuditDiff.between(task, done)).containsExactly(
                new FieldChange("completedAt", null, "2026-11-21T10:15:00Z"),
                new FieldChange("completedBy", null, "rep1"),
                new FieldChange("completionNote", null, "met the buyer"),
                new FieldChange("status", "OPEN", "DONE"));
    }

    @Test
    void aCreatedRecord_listsEveryFieldItHas_exceptBookkeeping() {
        List<FieldChange> changes = AuditDiff.between(null, openTask());

        assertThat(changes).extracting(FieldChange::field)
                .contains("title", "dueAt", "assigneeId", "createdAt", "createdBy")
                .doesNotContain("version", "updatedAt", "updatedBy", "place", "completedAt");
        assertThat(changes).allSatisfy(change -> assertThat(change.from()).isNull());
        assertThat(changes).contains(new FieldChange("title", null, "Call back"));
    }

    @Test
    void nestedFields_areNamedByDottedPath_andNumbersAreJsonText() {
        List<FieldChange> changes = AuditDiff.between(client("Тверь", 4, List.of()), client("Клин", 2, List.of()));

        assertThat(changes).containsExactly(
                new FieldChange("details.geography.city", "Тверь", "Клин"),
                new FieldChange("details.loyalty", "4", "2"));
    }

    @Test
    void aChangedList_isOneChangeOfTheWholeList() {
        List<FieldChange> changes = AuditDiff.between(client("Тверь", 4, List.of("+79161234567")),
                client("Тверь", 4, List.of("+79161234567", "+74951234567")));

        assertThat(changes).containsExactly(
                new FieldChange("details.phones", "[\"+79161234567\"]", "[\"+79161234567\",\"+74951234567\"]"));
    }

    @Test
    void nestedFieldsNamedLikeBookkeeping_areStillListed() {
        record Versioned(String name, long version) {
        }
        record Holder(Versioned inner, long version) {
        }

        assertThat(AuditDiff.between(new Holder(new Versioned("a", 1), 1), new Holder(new Versioned("a", 2), 2)))
                .containsExactly(new FieldChange("inner.version", "1", "2"));
    }
}
