package dev.fieldcrm.api.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An exported file read back as rows by column name (the byte-order mark dropped). */
final class CsvRecords {
    private CsvRecords() {
    }

    static List<Map<String, String>> of(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one row whose {@code column} holds {@code value}. */
    static Map<String, String> rowWith(List<Map<String, String>> rows, String column, String value) {
        List<Map<String, String>> found = rows.stream().filter(r -> value.equals(r.get(column))).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " rows with " + column + "=" + value);
        }
        return found.getFirst();
    }
}
