package dev.fieldcrm.core.imports;

import java.util.List;

/** The row outcomes of one processed chunk of an import (stored as one item under the job). */
public record JobChunk(String jobId, int number, List<RowOutcome> rows) {
    public JobChunk {
        rows = List.copyOf(rows);
    }
}
