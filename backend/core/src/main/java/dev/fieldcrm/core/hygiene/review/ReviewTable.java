package dev.fieldcrm.core.hygiene.review;

import dev.fieldcrm.core.shared.SpreadsheetCells;
import dev.fieldcrm.core.hygiene.HygieneRule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The export of a round as tables of text, shared by the CSV and the XLSX (seed 002's columns: link, name, owner,
 * state, won/lost reason, stage, and the row's workflow). Every cell a spreadsheet could read as a formula (starting
 * with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe (CSV injection).
 */
public final class ReviewTable {
    public static final List<String> ROW_COLUMNS = List.of("round", "rule", "severity", "dealId", "link", "title",
            "client", "owner", "team", "pipeline", "stage", "dealStatus", "closeReason", "status", "comment", "decision",
            "deadline", "overdue");
    public static final List<String> SUMMARY_COLUMNS = List.of("rule", "description", "rows", "fixed", "notFixed",
            "notProcessed", "open");
    public static final List<String> HISTORY_COLUMNS = List.of("owner", "team", "round", "rows", "fixed", "notFixed",
            "warnings", "accepted");

    private final String dealLink;
    private final Locale locale;

    /** @param dealLink the prefix a deal id is appended to for its link */
    public ReviewTable(String dealLink, Locale locale) {
        this.dealLink = dealLink;
        this.locale = locale;
    }

    /** A cell no spreadsheet evaluates: text starting with a formula character gets a leading apostrophe. */
    public static String safe(String value) {
        return SpreadsheetCells.neutralised(value);
    }

    public List<String> row(ReviewRow r, Instant now) {
        List<String> cells = new ArrayList<>();
        cells.add(r.roundId());
        cells.add(r.ruleId());
        cells.add(Integer.toString(r.severity()));
        cells.add(r.dealId());
        cells.add(dealLink + r.dealId());
        cells.add(r.title());
        cells.add(r.clientName());
        cells.add(r.ownerId());
        cells.add(r.teamId());
        cells.add(r.pipelineId());
        cells.add(r.stageId());
        cells.add(r.dealStatus() == null ? null : r.dealStatus().name());
        cells.add(r.closeReason());
        cells.add(r.status().name());
        cells.add(r.comment());
        cells.add(r.decision() == null ? null : r.decision().name());
        cells.add(r.deadline().toString());
        cells.add(Boolean.toString(r.overdue(now)));
        return cells.stream().map(ReviewTable::safe).toList();
    }

    /** One line per rule with rows in the round: how many rows, and where they stand. */
    public List<List<String>> summary(List<ReviewRow> rows) {
        Map<String, long[]> perRule = new TreeMap<>();
        for (ReviewRow r : rows) {
            long[] n = perRule.computeIfAbsent(r.ruleId(), k -> new long[5]);
            n[0]++;
            n[r.status() == RowStatus.FIXED ? 1 : r.status() == RowStatus.NOT_FIXED ? 2 : 3]++;
            if (r.open()) {
                n[4]++;
            }
        }
        List<List<String>> lines = new ArrayList<>();
        perRule.forEach((rule, n) -> lines.add(List.of(rule, safe(HygieneRule.ofId(rule).description(locale)),
                Long.toString(n[0]), Long.toString(n[1]), Long.toString(n[2]), Long.toString(n[3]), Long.toString(n[4]))));
        return lines;
    }

    public static List<String> history(ReviewTally t) {
        return List.of(safe(t.ownerId()), safe(t.teamId()), t.roundId(), Long.toString(t.rows()), Long.toString(t.fixed()),
                Long.toString(t.notFixed()), Long.toString(t.warnings()), Long.toString(t.accepted()));
    }
}
