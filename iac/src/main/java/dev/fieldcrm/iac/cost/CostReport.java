package dev.fieldcrm.iac.cost;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the cost table of docs/cost.md from the benchmark's results:
 * {@code java -cp … dev.fieldcrm.iac.cost.CostReport [backend/bench/results]}. CostReportTest fails when the doc's
 * table is not what this prints, so the doc follows every benchmark rerun.
 */
public final class CostReport {
    public static final List<Integer> SCALES = List.of(10, 1_000, 100_000);

    private CostReport() {
    }

    public static void main(String[] args) {
        Path results = Path.of(args.length > 0 ? args[0] : "backend/bench/results");
        System.out.print(table(new CostModel(MeasuredOperation.read(results), UsageProfile.FIELD_REP, Prices.LIST_2026)));
    }

    /** Monthly USD per service and per active rep at each scale. */
    public static String table(CostModel model) {
        StringBuilder out = new StringBuilder("| USD per month | ");
        SCALES.forEach(n -> out.append(String.format(Locale.ROOT, "%,d reps | ", n)));
        out.setLength(out.length() - 1);
        out.append("\n|---|").append("---:|".repeat(SCALES.size())).append('\n');
        List<Map<String, Double>> columns = SCALES.stream().map(model::monthly).toList();
        for (String service : columns.get(0).keySet()) {
            out.append("| ").append(service).append(" |");
            columns.forEach(c -> out.append(' ').append(money(c.get(service))).append(" |"));
            out.append('\n');
        }
        out.append("| **total** |");
        columns.forEach(c -> out.append(" **").append(money(c.values().stream().mapToDouble(Double::doubleValue).sum()))
                .append("** |"));
        out.append("\n| **per active rep** |");
        SCALES.forEach(n -> out.append(" **").append(money(model.perRep(n))).append("** |"));
        return out.append('\n').toString();
    }

    private static String money(double usd) {
        return String.format(Locale.ROOT, usd < 10 ? "%,.3f" : "%,.0f", usd);
    }
}
