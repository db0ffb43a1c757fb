package dev.fieldcrm.core.abc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pareto classification of clients by a value (turnover or margin over a period).
 *
 * <p>Clients are taken from the largest value down; a client is A while the clients before it bring less than the
 * A share of the total, B while they bring less than the A + B share, C after that. So A always covers at least the
 * A share (the client that crosses the line is in A) and no more clients than needed. Clients with equal values get
 * the same class — the order among them is arbitrary, so it must not decide. A client with no positive value
 * (no sales, or a negative margin) is C.
 */
public final class AbcClassifier {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AbcClassifier() {
    }

    public static Map<String, AbcClass> classify(Map<String, BigDecimal> valueByClient, AbcThresholds thresholds) {
        Map<String, AbcClass> classes = new HashMap<>();
        List<Map.Entry<String, BigDecimal>> ranked = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> entry : valueByClient.entrySet()) {
            if (entry.getValue().signum() > 0) {
                ranked.add(entry);
                total = total.add(entry.getValue());
            } else {
                classes.put(entry.getKey(), AbcClass.C);
            }
        }
        ranked.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed());
        // Compare "before × 100 < total × share" so no division (and no rounding) is involved.
        BigDecimal aLine = total.multiply(thresholds.aShare());
        BigDecimal bLine = total.multiply(thresholds.aShare().add(thresholds.bShare()));
        BigDecimal before = BigDecimal.ZERO;
        int i = 0;
        while (i < ranked.size()) {
            BigDecimal value = ranked.get(i).getValue();
            BigDecimal scaledBefore = before.multiply(HUNDRED);
            AbcClass group = scaledBefore.compareTo(aLine) < 0 ? AbcClass.A
                    : scaledBefore.compareTo(bLine) < 0 ? AbcClass.B : AbcClass.C;
            for (; i < ranked.size() && ranked.get(i).getValue().compareTo(value) == 0; i++) {
                classes.put(ranked.get(i).getKey(), group);
                before = before.add(value);
            }
        }
        return classes;
    }
}
