package dev.fieldcrm.mobile.core.store;

import static dev.fieldcrm.mobile.core.testing.Samples.client;
import static dev.fieldcrm.mobile.core.testing.Samples.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {
    @TempDir
    Path dir;

    /** Simulates the app being killed after the temp file is written and before it is renamed. */
    private static final class KilledBeforeRename extends IOException {
    }

    @Test
    void flushedRecords_areThereAfterReopening() {
        LocalStore store = LocalStore.open(dir);
        store.put(record(RecordKind.CLIENT, client("c1", "Acme", 3)));
        store.flush();

        LocalStore reopened = LocalStore.open(dir);

        assertThat(reopened.get(RecordKind.CLIENT, "c1")).get()
                .satisfies(c -> assertThat(c.version()).isEqualTo(3L))
                .satisfies(c -> assertThat(c.data().path("details").path("name").asText()).isEqualTo("Acme"));
    }

    @Test
    void killBetweenTempWriteAndRename_keepsThePreviousContent_andReopeningDropsTheTempFile() {
        LocalStore store = LocalStore.open(dir);
        store.put(record(RecordKind.CLIENT, client("c1", "Before", 1)));
        store.flush();

        LocalStore dying = LocalStore.open(dir, new AtomicFiles((from, to) -> {
            throw new KilledBeforeRename();
        }));
        dying.put(record(RecordKind.CLIENT, client("c1", "After", 2)));
        dying.put(record(RecordKind.CLIENT, client("c2", "New", 1)));
        assertThatThrownBy(dying::flush).hasCauseInstanceOf(KilledBeforeRename.class);
        assertThat(dir.resolve("records/client.json.tmp")).exists();

        LocalStore restarted = LocalStore.open(dir);

        assertThat(restarted.all(RecordKind.CLIENT)).singleElement()
                .satisfies(c -> assertThat(c.data().path("details").path("name").asText()).isEqualTo("Before"));
        assertThat(dir.resolve("records/client.json.tmp")).doesNotExist();
    }

    @Test
    void aTornTempFile_neverReplacesTheCompleteOne() throws IOException {
        LocalStore store = LocalStore.open(dir);
        store.put(record(RecordKind.TASK, client("t1", "Task", 1)));
        store.flush();
        Files.writeString(dir.resolve("records/task.json.tmp"), "[{\"kind\":\"TASK\",\"id\":\"t1\",\"da");

        assertThat(LocalStore.open(dir).get(RecordKind.TASK, "t1")).isPresent();
    }

    @Test
    void documents_areWrittenAtOnce_andReadBack() {
        LocalStore store = LocalStore.open(dir);
        store.putDocument("price-list-c1", store.newObject().put("currency", "EUR"));

        assertThat(LocalStore.open(dir).document("price-list-c1")).get()
                .satisfies(doc -> assertThat(doc.path("currency").asText()).isEqualTo("EUR"));
    }

    @Test
    void documentNames_cannotLeaveTheStoreDirectory() {
        LocalStore store = LocalStore.open(dir);

        assertThatThrownBy(() -> store.putDocument("../../etc/x", store.newObject()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofClient_givesOnlyThatClientsRecords() {
        LocalStore store = LocalStore.open(dir);
        store.put(record(RecordKind.TASK, dev.fieldcrm.mobile.core.testing.Samples.task("t1", "c1", "Visit",
                java.time.Instant.parse("2026-12-06T10:00:00Z"), 1)));
        store.put(record(RecordKind.TASK, dev.fieldcrm.mobile.core.testing.Samples.task("t2", "c2", "Call",
                java.time.Instant.parse("2026-12-06T10:00:00Z"), 1)));

        assertThat(store.ofClient(RecordKind.TASK, "c1")).extracting(LocalRecord::id).containsExactly("t1");
    }
}
