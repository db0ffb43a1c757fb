package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An import or export job as stored. Its runner acts as the user who created it (the creator's roles and team are
 * kept, so a runner in another process applies the same access rules as the request did).
 *
 * @param file        the upload (import) or the result (export), in the tenant's file store
 * @param delimiter   the upload's delimiter
 * @param header      the upload's column names
 * @param nextOffset  character offset of the first row not processed yet
 * @param chunks      number of chunks processed (each has its row outcomes under the job)
 * @param leaseUntil  while set and in the future, a runner is processing a chunk; others keep off
 * @param resumes     how many times the schedule took the job up after it stalled without a chunk finishing since
 * @param version     incremented on every change; changes are conditional on it
 */
public record TransferJob(String id, JobKind kind, String entity, boolean dryRun, JobStatus status,
                          String createdBy, Set<Role> creatorRoles, String creatorTeamId,
                          String file, String delimiter, List<String> header,
                          int totalRows, int processedRows, long nextOffset, int chunks,
                          Map<Outcome, Integer> counts, String failure, Instant leaseUntil, int resumes,
                          Instant createdAt, Instant updatedAt, long version) {

    public TransferJob {
        creatorRoles = Set.copyOf(creatorRoles);
        header = header == null ? List.of() : List.copyOf(header);
        Map<Outcome, Integer> all = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            all.put(outcome, counts == null ? 0 : counts.getOrDefault(outcome, 0));
        }
        counts = Map.copyOf(all);
    }

    /** The creator as a caller, for the runner. */
    public Caller creator(String tenantId) {
        return new Caller(tenantId, createdBy, creatorRoles, creatorTeamId, ZoneId.of("UTC"));
    }

    TransferJob leased(Instant until, Instant now) {
        return new TransferJob(id, kind, entity, dryRun, JobStatus.RUNNING, createdBy, creatorRoles, creatorTeamId, file,
                delimiter, header, totalRows, processedRows, nextOffset, chunks, counts, failure, until, resumes, createdAt, now,
                version + 1);
    }

    TransferJob progressed(List<RowOutcome> outcomes, long newOffset, boolean done, Instant now) {
        Map<Outcome, Integer> added = new EnumMap<>(counts);
        outcomes.forEach(o -> added.merge(o.outcome(), 1, Integer::sum));
        return new TransferJob(id, kind, entity, dryRun, done ? JobStatus.DONE : JobStatus.RUNNING, createdBy,
                creatorRoles, creatorTeamId, file, delimiter, header, totalRows, processedRows + outcomes.size(),
                newOffset, chunks + 1, added, failure, null, 0, createdAt, now, version + 1);
    }

    TransferJob exported(int rows, Instant now) {
        return new TransferJob(id, kind, entity, dryRun, JobStatus.DONE, createdBy, creatorRoles, creatorTeamId, file,
                delimiter, header, rows, rows, 0, 0, counts, failure, null, resumes, createdAt, now, version + 1);
    }

    TransferJob failed(String reason, Instant now) {
        return new TransferJob(id, kind, entity, dryRun, JobStatus.FAILED, createdBy, creatorRoles, creatorTeamId, file,
                delimiter, header, totalRows, processedRows, nextOffset, chunks, counts, reason, null, resumes, createdAt, now,
                version + 1);
    }

    /**
     * Taken up by the schedule after it stalled: one more resume, no lease (the one it had ran out), and changed now,
     * so it counts as stalled again one lease later — the next try, should this one fail too.
     */
    TransferJob resumed(Instant now) {
        return new TransferJob(id, kind, entity, dryRun, status, createdBy, creatorRoles, creatorTeamId, file, delimiter,
                header, totalRows, processedRows, nextOffset, chunks, counts, failure, null, resumes + 1, createdAt, now,
                version + 1);
    }

    /**
     * When this job counts as stalled if nothing has moved it by then: its lease's end while a runner holds it, else
     * (queued, or between two chunks) one lease after its last change. A runner that died, or a stream event that
     * was lost, leaves the job unchanged past that time, and the worker's schedule resumes it. Empty once finished.
     */
    public Optional<Instant> stallsAt() {
        if (status.finished()) {
            return Optional.empty();
        }
        return Optional.of(leaseUntil != null ? leaseUntil : updatedAt.plus(TransferService.LEASE));
    }

    boolean leasedAt(Instant now) {
        return leaseUntil != null && leaseUntil.isAfter(now);
    }
}
