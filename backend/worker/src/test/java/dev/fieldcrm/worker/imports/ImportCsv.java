package dev.fieldcrm.worker.imports;

import dev.fieldcrm.core.shared.Ids;

import java.nio.charset.StandardCharsets;

/** Client import files for the worker's job tests: unique names and external ids per file. */
final class ImportCsv {
    private ImportCsv() {
    }

    /** A clients file of {@code rows} rows owned by rep1. */
    static byte[] clients(int rows) {
        String base = Ids.newId();
        StringBuilder csv = new StringBuilder("externalId,name,ownerId\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("W-").append(base).append('-').append(i).append(",Worker ").append(base).append(' ').append(i)
                    .append(",rep1\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
