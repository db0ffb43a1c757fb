package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.files.FilePath;
import dev.fieldcrm.core.files.FileStore;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Duplicate;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.shared.Forbidden;
import dev.fieldcrm.core.shared.Ids;
import dev.fieldcrm.core.shared.NotFound;
import dev.fieldcrm.core.shared.Page;
import dev.fieldcrm.core.shared.PageRequest;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.shared.UniqueValue;
import dev.fieldcrm.core.shared.ValidationFailed;
import dev.fieldcrm.core.shared.VersionConflict;
import dev.fieldcrm.core.store.ChangeSet;
import dev.fieldcrm.core.store.ChangeWriter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSV import and export as jobs. Starting a job stores the upload in the file store and a job item; a runner then
 * calls {@link #processNextChunk} until the job is finished — in the API a background executor, in AWS the worker
 * function (see docs/decisions.md). Each call processes one chunk of {@link #CHUNK_ROWS} rows:
 * <ol>
 *   <li>it takes a lease on the job (a write conditional on the job's version), so a second runner keeps off;</li>
 *   <li>it applies each row through the entity's use cases — one transaction per row, with every rule, guard and
 *       audit entry of a typed-in record;</li>
 *   <li>it records the chunk's row outcomes and the job's progress in one transaction, again conditional on the
 *       version its lease wrote.</li>
 * </ol>
 * A runner that dies mid-chunk leaves the lease to expire; the chunk is then processed again. New records get ids
 * derived from the job and row, so the retry finds them instead of creating them twice.
 */
public final class TransferService {
    /** Rows per chunk: a chunk takes seconds, far below a Lambda's time limit, and its report item stays small. */
    public static final int CHUNK_ROWS = 200;
    /** Lambda's request payload limit. */
    public static final int MAX_FILE_BYTES = 6 * 1024 * 1024;
    public static final Duration LEASE = Duration.ofMinutes(5);
    /** Why a job was given up when its runner failed unexpectedly: the user can safely upload the file again. */
    /** How many times the schedule takes a stalled job up (without a chunk finishing in between) before giving it up. */
    public static final int RESUME_ATTEMPTS = 3;
    public static final String STOPPED_ON_ERROR = "the job stopped on an unexpected error; upload the file again "
            + "(rows imported already then come out UNCHANGED or DUPLICATE)";

    private final Map<String, EntityTransfer> entities = new LinkedHashMap<>();
    private final TransferJobStore jobs;
    private final ChangeWriter writer;
    private final FileStore files;
    private final InputCheck check;
    private final Clock clock;

    public TransferService(List<EntityTransfer> entities, TransferJobStore jobs, ChangeWriter writer, FileStore files,
                           InputCheck check, Clock clock) {
        entities.forEach(e -> this.entities.put(e.entity(), e));
        this.jobs = jobs;
        this.writer = writer;
        this.files = files;
        this.check = check;
        this.clock = clock;
    }

    /**
     * Checks the file as a whole (UTF-8, CSV syntax, columns) — a file that fails is refused with nothing stored —
     * then stores it and queues its job. Managers and admins only.
     */
    public JobReport startImport(Caller caller, String entityName, boolean dryRun, byte[] content) {
        if (!caller.supervises()) {
            throw new Forbidden("only a manager or an admin can import");
        }
        EntityTransfer entity = entity(entityName);
        if (!entity.importable()) {
            throw ValidationFailed.of("entity", entity.entity() + " can be exported, not imported");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw ValidationFailed.of("file", "is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; split it");
        }
        CsvFile csv = CsvFile.read(content);
        requireColumns(entity, csv.header());
        if (csv.rowCount() == 0) {
            throw ValidationFailed.of("file", "has no data rows");
        }
        String id = Ids.newId();
        FilePath path = FilePath.of("users", caller.userId(), "imports", id + ".csv");
        files.put(caller.tenantId(), path, "text/csv", content);
        Instant now = clock.instant();
        TransferJob job = new TransferJob(id, JobKind.IMPORT, entity.entity(), dryRun, JobStatus.QUEUED, caller.userId(),
                caller.roles(), caller.teamId(), path.value(), String.valueOf(csv.delimiter()), csv.header(),
                csv.rowCount(), 0, csv.dataStart(), 0, Map.of(), null, null, 0, now, now, 1);
        writer.apply(caller.tenantId(), new ChangeSet().create(job));
        return JobReport.of(job);
    }

    /** Queues an export of every record of the entity in the caller's scope (rep: own; manager: team; admin: tenant). */
    public JobReport startExport(Caller caller, String entityName) {
        EntityTransfer entity = entity(entityName);
        String id = Ids.newId();
        FilePath path = FilePath.of("users", caller.userId(), "exports", id + ".csv");
        Instant now = clock.instant();
        TransferJob job = new TransferJob(id, JobKind.EXPORT, entity.entity(), false, JobStatus.QUEUED, caller.userId(),
                caller.roles(), caller.teamId(), path.value(), ",", entity.columns(), 0, 0, 0, 0, Map.of(), null, null, 0,
                now, now, 1);
        writer.apply(caller.tenantId(), new ChangeSet().create(job));
        return JobReport.of(job);
    }

    /**
     * Processes the job's next chunk (an export: the whole export) and returns the job as it stands. Does nothing
     * for a finished job or one another runner holds the lease of.
     */
    public JobReport processNextChunk(String tenantId, String jobId) {
        TransferJob job = jobs.find(tenantId, jobId).orElseThrow(() -> new NotFound("job"));
        Instant now = clock.instant();
        if (job.status().finished() || job.leasedAt(now)) {
            return JobReport.of(job);
        }
        TransferJob leased = job.leased(now.plus(LEASE), now);
        try {
            writer.apply(tenantId, new ChangeSet().replace(leased, job.version()));
        } catch (VersionConflict anotherRunner) {
            return JobReport.of(jobs.find(tenantId, jobId).orElse(job));
        }
        EntityTransfer entity = entities.get(job.entity());
        try {
            return JobReport.of(job.kind() == JobKind.EXPORT
                    ? export(tenantId, leased, entity) : importChunk(tenantId, leased, entity));
        } catch (VersionConflict leaseLost) {
            // This runner was slower than its lease and another one took the job over: its progress stands.
            return JobReport.of(jobs.find(tenantId, jobId).orElse(leased));
        }
    }

    /**
     * Takes up a job found stalled on the due index (the worker's schedule), before its next chunk is processed:
     * counts the resume with a write conditional on the version the index showed, which also sets the job's stall
     * time one {@link #LEASE} later — the next try if this one fails too. A job already resumed
     * {@value #RESUME_ATTEMPTS} times without a chunk finishing since is given up instead ({@link #STOPPED_ON_ERROR}).
     *
     * @return true when the caller is to process the job's next chunk now; false when the job moved on meanwhile
     *         (another runner, a duplicate tick) or was given up
     */
    public boolean takeUpStalled(String tenantId, TransferJob stalled) {
        if (stalled.status().finished()) {
            return false;
        }
        Instant now = clock.instant();
        boolean givingUp = stalled.resumes() >= RESUME_ATTEMPTS;
        TransferJob next = givingUp ? stalled.failed(STOPPED_ON_ERROR, now) : stalled.resumed(now);
        try {
            writer.apply(tenantId, new ChangeSet().replace(next, stalled.version()));
            return !givingUp;
        } catch (VersionConflict movedOnMeanwhile) {
            return false;
        }
    }

    /** Gives a job up (its runner cannot go on); the reason is shown to the user. */
    public JobReport fail(String tenantId, String jobId, String reason) {
        TransferJob job = jobs.find(tenantId, jobId).orElseThrow(() -> new NotFound("job"));
        if (job.status().finished()) {
            return JobReport.of(job);
        }
        TransferJob failed = job.failed(reason, clock.instant());
        writer.apply(tenantId, new ChangeSet().replace(failed, job.version()));
        return JobReport.of(failed);
    }

    /** A job, for its creator or an admin of the tenant (anyone else: not found). One consistent GetItem. */
    public JobReport job(Caller caller, String jobId) {
        return JobReport.of(visible(caller, jobId));
    }

    /**
     * The per-row report of an import, one processed chunk (≤ {@value #CHUNK_ROWS} rows) per page, optionally only
     * the rows with one outcome (a page may then be empty while a next cursor is given: follow it to the end).
     */
    public Page<RowOutcome> rows(Caller caller, String jobId, Outcome outcome, String cursor) {
        if (visible(caller, jobId).kind() != JobKind.IMPORT) {
            throw new NotFound("import job");
        }
        Page<JobChunk> page = jobs.chunks(caller.tenantId(), jobId, new PageRequest(1, cursor));
        List<RowOutcome> rows = new ArrayList<>();
        for (JobChunk chunk : page.items()) {
            chunk.rows().stream().filter(r -> outcome == null || r.outcome() == outcome).forEach(rows::add);
        }
        return new Page<>(rows, page.nextCursor());
    }

    private TransferJob visible(Caller caller, String jobId) {
        Ids.requireValid("id", jobId);
        return jobs.find(caller.tenantId(), jobId)
                .filter(job -> job.createdBy().equals(caller.userId()) || caller.is(Role.ADMIN))
                .orElseThrow(() -> new NotFound("job"));
    }

    private EntityTransfer entity(String name) {
        EntityTransfer entity = name == null ? null : entities.get(name);
        if (entity == null) {
            throw ValidationFailed.of("entity", "must be one of " + String.join(", ", entities.keySet()));
        }
        return entity;
    }

    private static void requireColumns(EntityTransfer entity, List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> known = new HashMap<>();
        entity.columns().forEach(c -> known.put(CsvFile.columnKey(c), c));
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            String key = CsvFile.columnKey(name);
            if (!known.containsKey(key)) {
                errors.add(new FieldError("header", "unknown column \"" + name + "\"; the columns are "
                        + String.join(",", entity.columns())));
            } else if (!seen.add(key)) {
                errors.add(new FieldError("header", "column \"" + name + "\" appears twice"));
            }
        }
        for (String required : entity.requiredColumns()) {
            if (!seen.contains(CsvFile.columnKey(required))) {
                errors.add(new FieldError("header", "missing column \"" + required + "\""));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private TransferJob importChunk(String tenantId, TransferJob job, EntityTransfer entity) {
        FilePath path = new FilePath(job.file());
        byte[] content = files.read(tenantId, path).orElse(null);
        if (content == null) {
            return failAfterLease(tenantId, job, "the uploaded file is no longer stored");
        }
        CsvFile csv = CsvFile.resume(content, job.delimiter().charAt(0), job.header(), job.totalRows());
        ImportContext context = new ImportContext(job.creator(tenantId), job.id(), job.dryRun(), check);
        CsvFile.Chunk chunk = csv.rows(job.nextOffset(), job.processedRows() + 1, CHUNK_ROWS);
        Map<UniqueValue, FileOccurrence> earlier = job.dryRun() ? earlierValues(csv, job, entity, context) : null;
        List<RowOutcome> outcomes = new ArrayList<>(chunk.rows().size());
        for (CsvRow row : chunk.rows()) {
            outcomes.add(importRow(entity, context, row, earlier));
        }
        boolean done = chunk.rows().isEmpty() || job.processedRows() + outcomes.size() >= job.totalRows();
        TransferJob progressed = job.progressed(outcomes, chunk.nextOffset(), done, clock.instant());
        writer.apply(tenantId, new ChangeSet().replace(progressed, job.version())
                .create(new JobChunk(job.id(), progressed.chunks(), outcomes)));
        return progressed;
    }

    private RowOutcome importRow(EntityTransfer entity, ImportContext context, CsvRow row,
                                 Map<UniqueValue, FileOccurrence> earlier) {
        if (earlier != null) {
            RowOutcome inFile = duplicateInFile(entity, context, row, earlier);
            if (inFile != null) {
                return inFile;
            }
        }
        try {
            EntityTransfer.Applied applied = entity.importRow(context, row);
            return RowOutcome.done(row.number(), applied.outcome(), applied.recordId());
        } catch (ValidationFailed e) {
            return RowOutcome.invalid(row.number(), e.errors().stream()
                    .map(error -> new FieldError(entity.column(error.field()), error.message())).toList());
        } catch (Duplicate e) {
            return new RowOutcome(row.number(), Outcome.DUPLICATE, null,
                    List.of(new FieldError(column(e.value().kind()), e.getMessage())), e.existing(), null);
        } catch (NotFound | Forbidden e) {
            return RowOutcome.invalid(row.number(), List.of(new FieldError("row", e.getMessage())));
        } catch (VersionConflict e) {
            return RowOutcome.invalid(row.number(), List.of(new FieldError("row",
                    "the record was changed by someone else while importing; import the row again")));
        }
    }

    /** Where a unique value first occurs in the file, and as which record. */
    private record FileOccurrence(int row, String identity) {
    }

    private static RowOutcome duplicateInFile(EntityTransfer entity, ImportContext context, CsvRow row,
                                              Map<UniqueValue, FileOccurrence> earlier) {
        EntityTransfer.FileKeys keys = entity.fileKeys(context, row);
        RowOutcome duplicate = null;
        for (UniqueValue value : keys.values()) {
            FileOccurrence first = earlier.putIfAbsent(value, new FileOccurrence(row.number(), keys.identity()));
            if (duplicate == null && first != null && !first.identity().equals(keys.identity())) {
                duplicate = new RowOutcome(row.number(), Outcome.DUPLICATE, null,
                        List.of(new FieldError(column(value.kind()), value.kind().label() + " " + value.value()
                                + " is also in row " + first.row() + " of this file")), null, first.row());
            }
        }
        return duplicate;
    }

    /**
     * The unique values of the rows before this chunk (a dry run writes no guard items, so the file itself is the
     * memory). Re-reads those rows for every chunk: a dry run costs O(rows² / chunk) normalisations, which is fine
     * for files of a few thousand rows; the real import needs none of it (the guard items catch in-file duplicates).
     */
    private static Map<UniqueValue, FileOccurrence> earlierValues(CsvFile csv, TransferJob job, EntityTransfer entity,
                                                                  ImportContext context) {
        Map<UniqueValue, FileOccurrence> earlier = new HashMap<>();
        if (job.processedRows() == 0) {
            return earlier;
        }
        for (CsvRow row : csv.rows(csv.dataStart(), 1, job.processedRows()).rows()) {
            EntityTransfer.FileKeys keys = entity.fileKeys(context, row);
            keys.values().forEach(v -> earlier.putIfAbsent(v, new FileOccurrence(row.number(), keys.identity())));
        }
        return earlier;
    }

    private TransferJob export(String tenantId, TransferJob job, EntityTransfer entity) {
        List<List<String>> rows = entity.export(job.creator(tenantId));
        files.put(tenantId, new FilePath(job.file()), "text/csv", CsvFile.write(entity.columns(), rows));
        TransferJob done = job.exported(rows.size(), clock.instant());
        writer.apply(tenantId, new ChangeSet().replace(done, job.version()));
        return done;
    }

    private TransferJob failAfterLease(String tenantId, TransferJob job, String reason) {
        TransferJob failed = job.failed(reason, clock.instant());
        writer.apply(tenantId, new ChangeSet().replace(failed, job.version()));
        return failed;
    }

    /** The column that holds a unique value in every entity's file. */
    static String column(UniqueValue.Kind kind) {
        return switch (kind) {
            case EMAIL, LEAD_EMAIL -> "emails";
            case PHONE, LEAD_PHONE -> "phones";
            case TAX_ID -> "taxId";
            case EXTERNAL_ID, CONTACT_EXTERNAL_ID -> "externalId";
        };
    }
}
