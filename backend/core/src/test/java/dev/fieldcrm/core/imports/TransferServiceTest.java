package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.files.LocalFileStore;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The job engine on in-memory stores: leases, chunking and progress, independent of any entity. */
class TransferServiceTest {
    private static final Caller MANAGER = new Caller("t1", "mgr", Set.of(Role.MANAGER), "east", null);

    @TempDir
    Path files;

    private final MutableClock clock = new MutableClock();
    private final Jobs jobs = new Jobs();
    private final NamesEntity entity = new NamesEntity();

    private TransferService service() {
        return new TransferService(List.of(entity), jobs, jobs, new LocalFileStore(files), input -> List.of(), clock);
    }

    private static byte[] names(int count) {
        StringBuilder csv = new StringBuilder("name\n");
        for (int i = 1; i <= count; i++) {
            csv.append("n").append(i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSecondRunner_keepsOffWhileTheFirstHoldsTheLease() {
        TransferService service = service();
        String id = service.startImport(MANAGER, "names", false, names(3)).id();
        List<JobReport> nested = new ArrayList<>();
        entity.onRow = (context, row) -> {
            if (row.number() == 1) {
                nested.add(service.processNextChunk("t1", id));
            }
        };

        JobReport done = service.processNextChunk("t1", id);

        assertThat(nested.getFirst().processedRows()).isZero();
        assertThat(entity.applied).containsExactly("n1", "n2", "n3");
        assertThat(done.status()).isEqualTo(JobStatus.DONE);
    }

    @Test
    void aLeaseThatExpired_letsAnotherRunnerTakeTheChunk_andTheSlowRunnersProgressIsDropped() {
        TransferService service = service();
        String id = service.startImport(MANAGER, "names", false, names(2)).id();
        List<JobReport> takeover = new ArrayList<>();
        boolean[] overtaken = {false};
        entity.onRow = (context, row) -> {
            if (!overtaken[0] && row.number() == 1) {
                overtaken[0] = true;
                clock.advance(TransferService.LEASE.plusSeconds(1));
                takeover.add(service.processNextChunk("t1", id));
            }
        };

        JobReport slow = service.processNextChunk("t1", id);

        assertThat(takeover.getFirst().processedRows()).isEqualTo(2);
        assertThat(slow.processedRows()).isEqualTo(2);
        assertThat(jobs.chunks).hasSize(1);
    }

    @Test
    void rowsAreProcessedInChunks_andTheJobCountsEachOutcome() {
        TransferService service = service();
        String id = service.startImport(MANAGER, "names", false, names(TransferService.CHUNK_ROWS + 1)).id();

        JobReport first = service.processNextChunk("t1", id);
        JobReport second = service.processNextChunk("t1", id);

        assertThat(first.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(first.processedRows()).isEqualTo(TransferService.CHUNK_ROWS);
        assertThat(second.status()).isEqualTo(JobStatus.DONE);
        assertThat(second.counts()).containsEntry(Outcome.CREATED, TransferService.CHUNK_ROWS + 1);
        assertThat(service.rows(MANAGER, id, null, null).items()).hasSize(TransferService.CHUNK_ROWS);
    }

    @Test
    void aRepCannotImport_andAFileWithoutItsRequiredColumnIsRefusedBeforeAnythingIsStored() {
        TransferService service = service();

        assertThatThrownBy(() -> service.startImport(new Caller("t1", "rep", Set.of(Role.REP), "east", null), "names",
                false, names(1))).isInstanceOf(dev.fieldcrm.core.shared.Forbidden.class);
        assertThatThrownBy(() -> service.startImport(MANAGER, "names", false, "other\nx\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ValidationFailed.class);
        assertThat(jobs.jobs).isEmpty();
    }

    /** A one-column entity that records what it applied. */
    private static final class NamesEntity implements EntityTransfer {
        final List<String> applied = new ArrayList<>();
        BiConsumer<ImportContext, CsvRow> onRow = (c, r) -> { };

        @Override public String entity() {
            return "names";
        }

        @Override public List<String> columns() {
            return List.of("name");
        }

        @Override public Set<String> requiredColumns() {
            return Set.of("name");
        }

        @Override public Applied importRow(ImportContext context, CsvRow row) {
            onRow.accept(context, row);
            applied.add(row.text("name"));
            return new Applied(Outcome.CREATED, context.newRecordId(row));
        }

        @Override public FileKeys fileKeys(ImportContext context, CsvRow row) {
            return new FileKeys("row:" + row.number(), Set.of());
        }

        @Override public List<List<String>> export(Caller caller) {
            return List.of();
        }

        @Override public String column(String fieldPath) {
            return fieldPath;
        }
    }

    /** Jobs and chunks in memory, written with the conditions the DynamoDB writer applies. */
    private static final class Jobs implements TransferJobStore, ChangeWriter {
        final Map<String, TransferJob> jobs = new HashMap<>();
        final Map<String, JobChunk> chunks = new TreeMap<>();

        @Override public Optional<TransferJob> find(String tenantId, String jobId) {
            return Optional.ofNullable(jobs.get(jobId));
        }

        @Override public Page<JobChunk> chunks(String tenantId, String jobId, PageRequest page) {
            return new Page<>(chunks.values().stream().filter(c -> c.jobId().equals(jobId)).limit(page.limit()).toList(), null);
        }

        @Override public void apply(String tenantId, ChangeSet set) {
            for (ChangeSet.Change change : set.changes()) {
                if (change instanceof ChangeSet.Replace r && r.record() instanceof TransferJob job
                        && jobs.get(job.id()).version() != r.expectedVersion()) {
                    throw new VersionConflict("transferjob", jobs.get(job.id()).version());
                }
            }
            for (ChangeSet.Change change : set.changes()) {
                Object record = change instanceof ChangeSet.Create c ? c.record() : ((ChangeSet.Replace) change).record();
                if (record instanceof TransferJob job) {
                    jobs.put(job.id(), job);
                } else if (record instanceof JobChunk chunk) {
                    chunks.put(chunk.jobId() + "#" + chunk.number(), chunk);
                }
            }
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override public Instant instant() {
            return now;
        }
    }
}
