package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.shared.SpreadsheetCells;
import dev.fieldcrm.core.shared.ValidationFailed;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * An uploaded CSV file: UTF-8 text (a byte-order mark is dropped), {@code ,} or {@code ;} as delimiter — whichever
 * the header line uses more often outside quotes — quoted fields may hold delimiters, quotes and newlines. Parsing
 * is Commons CSV's. Rows are read in chunks from a character offset, so a job resumes without re-reading what it
 * has processed.
 *
 * @param text      the decoded file
 * @param delimiter the detected delimiter
 * @param header    column names as written (spaces around them dropped)
 * @param dataStart character offset of the first data row
 * @param rowCount  number of data rows
 */
public record CsvFile(String text, char delimiter, List<String> header, long dataStart, int rowCount) {
    private static final char BOM = '\uFEFF';
    private static final char REPLACEMENT = '\uFFFD';

    /** Decodes and parses the whole file once: a file Commons CSV cannot read is refused before any row is used. */
    public static CsvFile read(byte[] bytes) {
        String text = decode(bytes);
        char delimiter = detectDelimiter(text);
        List<String> header = null;
        long dataStart = text.length();
        int rows = 0;
        try (CSVParser parser = CSVParser.parse(text, format(delimiter))) {
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = new ArrayList<>();
                    for (String name : record) {
                        header.add(name.strip());
                    }
                } else {
                    if (rows == 0) {
                        dataStart = record.getCharacterPosition();
                    }
                    rows++;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw ValidationFailed.of("file", "is not valid CSV: " + e.getMessage());
        }
        if (header == null) {
            throw ValidationFailed.of("file", "is empty: the first line must name the columns");
        }
        return new CsvFile(text, delimiter, List.copyOf(header), dataStart, rows);
    }

    /**
     * The file again for a job that has checked it already: decodes it and finds where the data starts, without
     * parsing every row ({@link #rowCount()} is the job's, passed in).
     */
    public static CsvFile resume(byte[] bytes, char delimiter, List<String> header, int rowCount) {
        String text = decode(bytes);
        long dataStart = text.length();
        try (CSVParser parser = CSVParser.parse(text, format(delimiter))) {
            Iterator<CSVRecord> records = parser.iterator();
            if (records.hasNext()) {
                records.next();
                if (records.hasNext()) {
                    dataStart = records.next().getCharacterPosition();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvFile(text, delimiter, header, dataStart, rowCount);
    }

    /**
     * Up to {@code max} data rows starting at character {@code offset}, numbered from {@code firstNumber}.
     *
     * @return the rows and the offset of the row after them ({@link #text()}'s length at the end)
     */
    public Chunk rows(long offset, int firstNumber, int max) {
        List<CsvRow> rows = new ArrayList<>();
        long next = text.length();
        try (StringReader reader = new StringReader(text)) {
            reader.skip(offset);
            try (CSVParser parser = CSVParser.parse(reader, format(delimiter))) {
                Iterator<CSVRecord> records = parser.iterator();
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    if (rows.size() == max) {
                        next = offset + record.getCharacterPosition();
                        break;
                    }
                    rows.add(CsvRow.of(firstNumber + rows.size(), header, record.toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Chunk(rows, next);
    }

    /** Rows of one chunk and where the next chunk starts. */
    public record Chunk(List<CsvRow> rows, long nextOffset) {
    }

    /**
     * Writes a header and rows as UTF-8 CSV with a byte-order mark (so spreadsheet programs read it as UTF-8); no
     * cell can run as a formula ({@link SpreadsheetCells}), and reading the file back restores the values.
     */
    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCells::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf(REPLACEMENT) >= 0) {
                // What bytes of another encoding (Windows-1251 from a spreadsheet) become on the way as text.
                throw ValidationFailed.of("file", "is not UTF-8 text: save it as \"CSV UTF-8\"");
            }
            return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ValidationFailed.of("file", "is not UTF-8 text: save it as \"CSV UTF-8\"");
        }
    }

    /** Counts both candidates in the header line outside quotes; a header names columns, so it has no newline. */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Column names compare ignoring case. */
    static String columnKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
