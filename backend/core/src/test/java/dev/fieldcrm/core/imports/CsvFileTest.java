package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.shared.ValidationFailed;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileTest {

    private static CsvFile read(String text) {
        return CsvFile.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aByteOrderMark_isDropped_soTheFirstColumnKeepsItsName() {
        CsvFile csv = read("\uFEFFname,city\nЁлка,Тверь\n");

        assertThat(csv.header()).containsExactly("name", "city");
        assertThat(csv.rows(csv.dataStart(), 1, 10).rows().getFirst().text("name")).isEqualTo("Ёлка");
    }

    @Test
    void theDelimiter_isTheOneTheHeaderUsesMost_outsideQuotes() {
        assertThat(read("name;city\nA;B\n").delimiter()).isEqualTo(';');
        assertThat(read("name,city\nA,B\n").delimiter()).isEqualTo(',');
        assertThat(read("\"a;b;c\",city\nA,B\n").delimiter()).isEqualTo(',');
    }

    @Test
    void aQuotedField_mayHoldDelimitersQuotesAndNewlines_andRowsAreNumberedByRecord() {
        CsvFile csv = read("name,address\n\"Ёлка, ООО\",\"ул. Ленина 1\nофис \"\"5\"\"\"\nВторой,\n");

        List<CsvRow> rows = csv.rows(csv.dataStart(), 1, 10).rows();

        assertThat(csv.rowCount()).isEqualTo(2);
        assertThat(rows).extracting(CsvRow::number).containsExactly(1, 2);
        assertThat(rows.get(0).text("name")).isEqualTo("Ёлка, ООО");
        assertThat(rows.get(0).text("address")).isEqualTo("ул. Ленина 1\nофис \"5\"");
        assertThat(rows.get(1).text("address")).isNull();
        assertThat(rows.get(1).has("address")).isTrue();
    }

    @Test
    void bytesThatAreNotUtf8_orAnUnclosedQuote_orNothingAtAll_areRefusedWhole() {
        assertThatThrownBy(() -> CsvFile.read("name\nЁлка\n".getBytes(Charset.forName("windows-1251"))))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> read("name\n\"never closed\n")).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> read("")).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void aRowWithMoreCellsThanColumns_carriesAnError_andAShortRowReadsAsEmpty() {
        CsvFile csv = read("name,city\nA,B,C\nD\n");

        List<CsvRow> rows = csv.rows(csv.dataStart(), 1, 10).rows();

        assertThat(rows.get(0).errors()).extracting(e -> e.field()).containsExactly("row");
        assertThat(rows.get(1).errors()).isEmpty();
        assertThat(rows.get(1).text("city")).isNull();
    }

    @Test
    void typedCells_reportEachBadCellByColumn_once() {
        CsvRow row = CsvRow.of(7, java.util.Map.of("priority", "Z", "birthday", "31.12.1990", "consent", "maybe"));

        row.enumValue("priority", dev.fieldcrm.core.clients.Priority.class, null);
        row.enumValue("priority", dev.fieldcrm.core.clients.Priority.class, null);
        row.date("birthday", null);
        row.bool("consent", false);

        assertThat(row.errors()).extracting(e -> e.field()).containsExactly("priority", "birthday", "consent");
    }

    /** Reading chunk after chunk (names with quotes, delimiters and Cyrillic; notes with newlines) from the offsets the chunks return yields every row once, in order. */
    @Property(tries = 50)
    void chunksResumedFromTheirOffsets_readEveryRowOnce(
            @ForAll @Size(min = 1, max = 40) List<@StringLength(max = 12) @CharRange(from = '!', to = 'я') String> names,
            @ForAll @IntRange(min = 1, max = 7) int chunkSize) {
        List<List<String>> rows = new ArrayList<>();
        names.forEach(n -> rows.add(java.util.Arrays.asList(n.isEmpty() ? "x" : n, "a\nb;c,\"d\"")));
        CsvFile csv = CsvFile.read(CsvFile.write(List.of("name", "note"), rows));

        List<String> read = new ArrayList<>();
        long offset = csv.dataStart();
        int number = 1;
        while (read.size() < csv.rowCount()) {
            CsvFile.Chunk chunk = csv.rows(offset, number, chunkSize);
            for (CsvRow row : chunk.rows()) {
                assertThat(row.number()).isEqualTo(number++);
                read.add(row.cells().get("name"));
            }
            offset = chunk.nextOffset();
        }

        assertThat(csv.rowCount()).isEqualTo(rows.size());
        assertThat(read).containsExactlyElementsOf(rows.stream().map(List::getFirst).toList());
        assertThat(offset).isEqualTo(csv.text().length());
    }
}
