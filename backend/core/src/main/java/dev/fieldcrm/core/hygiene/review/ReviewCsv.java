package dev.fieldcrm.core.hygiene.review;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A round's rows as one CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Cyrillic right). */
public final class ReviewCsv {
    private ReviewCsv() {
    }

    public static byte[] of(ReviewHistory.Export export, ReviewTable table, Instant now) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(ReviewTable.ROW_COLUMNS);
            for (ReviewRow row : export.rows()) {
                printer.printRecord(table.row(row, now));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
