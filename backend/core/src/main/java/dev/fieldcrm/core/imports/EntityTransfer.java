package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.UniqueValue;

import java.util.List;
import java.util.Set;

/**
 * One entity that can be imported from and exported to CSV — the only class a new entity needs (register it in
 * {@code TransferServices}). The engine ({@link TransferService}) does files, jobs, chunks, progress, reports and
 * dry-run bookkeeping; an entity says how a row becomes a write through its use cases and how a record becomes a row.
 *
 * <p>{@link #importRow} reports a bad row by throwing the domain's exceptions — {@code ValidationFailed}
 * (→ INVALID with its field errors, mapped to columns by {@link #column}), {@code Duplicate} (→ DUPLICATE naming the
 * holder), {@code NotFound}/{@code Forbidden} (→ INVALID) — exactly as its use cases do for a typed-in record.
 */
public interface EntityTransfer {

    /** The name in {@code ?entity=}, e.g. {@code clients}. */
    String entity();

    /** Every column, in export order; an import may use any subset that includes {@link #requiredColumns()}. */
    List<String> columns();

    /** False for an export-only entity (e.g. deals with their stage history): an import of it is refused with 422. */
    default boolean importable() {
        return true;
    }

    /** Columns an import file must have (checked for the whole file before any row is read). */
    Set<String> requiredColumns();

    /**
     * Applies one row through the entity's use cases, or — in a dry run — reads what applying it would do
     * without writing anything (the guard items answer whether a unique value is taken).
     */
    Applied importRow(ImportContext context, CsvRow row);

    /**
     * The row's identity and normalised unique values, for finding duplicates inside one file in a dry run (where
     * no guard item is written). Two rows with the same identity (id or external id) are the same record: the later
     * one updates the earlier, so they do not duplicate each other. Empty values when the row cannot be read.
     */
    FileKeys fileKeys(ImportContext context, CsvRow row);

    /** Every record in the caller's scope as rows in {@link #columns()} order (read with Queries, never a Scan). */
    List<List<String>> export(Caller caller);

    /** The column an error's field path names ({@code requisites.taxId} → {@code taxId}); the path itself if none. */
    String column(String fieldPath);

    /** What a row did: the outcome and the record it concerns (null for a dry-run create). */
    record Applied(Outcome outcome, String recordId) {
    }

    /** See {@link #fileKeys}. */
    record FileKeys(String identity, Set<UniqueValue> values) {
    }
}
