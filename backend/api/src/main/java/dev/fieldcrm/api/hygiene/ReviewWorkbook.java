package dev.fieldcrm.api.hygiene;

import dev.fieldcrm.core.hygiene.review.ReviewHistory;
import dev.fieldcrm.core.hygiene.review.ReviewRow;
import dev.fieldcrm.core.hygiene.review.ReviewTable;
import dev.fieldcrm.core.hygiene.review.ReviewTally;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A round as an XLSX workbook (fastexcel): a "Summary" sheet (rows per rule and where they stand), one sheet per rule
 * with its rows, and a "History" sheet (each rep's numbers in the latest rounds). Cells are written as text, already
 * neutralised by {@link ReviewTable#safe}.
 */
final class ReviewWorkbook {
    static final String SUMMARY = "Summary";
    static final String HISTORY = "History";

    private ReviewWorkbook() {
    }

    static byte[] of(ReviewHistory.Export export, ReviewTable table, Instant now) {
        Map<String, List<ReviewRow>> perRule = new LinkedHashMap<>();
        for (ReviewRow row : export.rows()) {
            perRule.computeIfAbsent(row.ruleId(), k -> new ArrayList<>()).add(row);
        }
        var out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "FieldCRM", "1.0");
            sheet(workbook, SUMMARY, ReviewTable.SUMMARY_COLUMNS, table.summary(export.rows()));
            perRule.forEach((rule, rows) -> sheet(workbook, rule, ReviewTable.ROW_COLUMNS,
                    rows.stream().map(r -> table.row(r, now)).toList()));
            sheet(workbook, HISTORY, ReviewTable.HISTORY_COLUMNS,
                    export.history().stream().map(ReviewTable::history).toList());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Workbook workbook, String name, List<String> header, List<List<String>> lines) {
        Worksheet sheet = workbook.newWorksheet(name);
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        for (int r = 0; r < lines.size(); r++) {
            List<String> line = lines.get(r);
            for (int c = 0; c < line.size(); c++) {
                sheet.value(r + 1, c, line.get(c));
            }
        }
    }
}
