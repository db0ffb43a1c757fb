package dev.fieldcrm.core.abc;

import dev.fieldcrm.core.shared.ValidationFailed;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AbcClassifierTest {

    @Test
    void theClassicSplit_putsTheClientsBringing80PercentInA_theNext15InB_andTheTailInC() {
        Map<String, BigDecimal> turnover = new LinkedHashMap<>();
        turnover.put("big", new BigDecimal("700"));
        turnover.put("large", new BigDecimal("150"));   // 700 before it < 800: A (it crosses the 80 % line)
        turnover.put("medium", new BigDecimal("100"));  // 850 before it ≥ 800, < 950: B
        turnover.put("small", new BigDecimal("30"));    // 950 before it: C
        turnover.put("tiny", new BigDecimal("20"));

        assertThat(AbcClassifier.classify(turnover, AbcThresholds.CLASSIC)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "big", AbcClass.A, "large", AbcClass.A, "medium", AbcClass.B, "small", AbcClass.C, "tiny", AbcClass.C));
    }

    @Test
    void clientsWithoutSales_orWithANegativeMargin_areC() {
        Map<String, BigDecimal> margin = Map.of("loss", new BigDecimal("-50"), "none", BigDecimal.ZERO, "win", BigDecimal.TEN);

        assertThat(AbcClassifier.classify(margin, AbcThresholds.CLASSIC)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "loss", AbcClass.C, "none", AbcClass.C, "win", AbcClass.A));
    }

    @Test
    void thresholdsThatDoNotFitIn100Percent_areRefused() {
        assertThatThrownBy(() -> new AbcThresholds(new BigDecimal("90"), new BigDecimal("15"))).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> new AbcThresholds(BigDecimal.ZERO, BigDecimal.TEN)).isInstanceOf(ValidationFailed.class);
    }

    @Property
    void everyClientGetsAClass(@ForAll("values") Map<String, BigDecimal> values, @ForAll("thresholds") AbcThresholds t) {
        assertThat(AbcClassifier.classify(values, t).keySet()).isEqualTo(values.keySet());
    }

    @Property
    void aClientThatBringsMore_isNeverInAWorseClass_andEqualValuesShareAClass(
            @ForAll("values") Map<String, BigDecimal> values, @ForAll("thresholds") AbcThresholds t) {
        Map<String, AbcClass> classes = AbcClassifier.classify(values, t);
        for (var x : values.entrySet()) {
            for (var y : values.entrySet()) {
                int byValue = x.getValue().compareTo(y.getValue());
                if (byValue > 0) {
                    assertThat(classes.get(x.getKey())).isLessThanOrEqualTo(classes.get(y.getKey()));
                } else if (byValue == 0) {
                    assertThat(classes.get(x.getKey())).isEqualTo(classes.get(y.getKey()));
                }
            }
        }
    }

    @Property
    void classAcoversAtLeastItsShare_andWithoutItsSmallestClientsItWouldNot(
            @ForAll("values") Map<String, BigDecimal> values, @ForAll("thresholds") AbcThresholds t) {
        assertLineHolds(values, AbcClassifier.classify(values, t), List.of(AbcClass.A), t.aShare());
    }

    @Property
    void classesAandBcoverAtLeastTheirShare_andWithoutTheirSmallestClientsTheyWouldNot(
            @ForAll("values") Map<String, BigDecimal> values, @ForAll("thresholds") AbcThresholds t) {
        assertLineHolds(values, AbcClassifier.classify(values, t), List.of(AbcClass.A, AbcClass.B), t.aShare().add(t.bShare()));
    }

    @Property
    void scalingEveryValue_changesNoClass(@ForAll("values") Map<String, BigDecimal> values,
                                          @ForAll @IntRange(min = 2, max = 1000) int factor) {
        Map<String, BigDecimal> scaled = new LinkedHashMap<>();
        values.forEach((client, value) -> scaled.put(client, value.multiply(BigDecimal.valueOf(factor))));

        assertThat(AbcClassifier.classify(scaled, AbcThresholds.CLASSIC)).isEqualTo(AbcClassifier.classify(values, AbcThresholds.CLASSIC));
    }

    /** The classes in {@code top} bring at least {@code share} % of the positive total; minus their smallest value group, less. */
    private static void assertLineHolds(Map<String, BigDecimal> values, Map<String, AbcClass> classes, List<AbcClass> top, BigDecimal share) {
        BigDecimal total = values.values().stream().filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            assertThat(classes.values()).allMatch(AbcClass.C::equals);
            return;
        }
        BigDecimal line = total.multiply(share);
        BigDecimal covered = BigDecimal.ZERO;
        BigDecimal smallest = null;
        for (var entry : values.entrySet()) {
            if (top.contains(classes.get(entry.getKey()))) {
                covered = covered.add(entry.getValue());
                smallest = smallest == null || entry.getValue().compareTo(smallest) < 0 ? entry.getValue() : smallest;
            }
        }
        assertThat(covered.multiply(BigDecimal.valueOf(100))).isGreaterThanOrEqualTo(line);
        BigDecimal smallestGroup = BigDecimal.ZERO;
        for (BigDecimal value : values.values()) {
            if (value.compareTo(smallest) == 0) {
                smallestGroup = smallestGroup.add(value);
            }
        }
        assertThat(covered.subtract(smallestGroup).multiply(BigDecimal.valueOf(100))).isLessThan(line);
    }

    @Provide
    Arbitrary<Map<String, BigDecimal>> values() {
        // Few distinct amounts, so ties are common; some zero and negative ones (margins can be).
        Arbitrary<BigDecimal> amount = Arbitraries.oneOf(
                Arbitraries.integers().between(-100, 10_000).map(BigDecimal::valueOf),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("0.01"), new BigDecimal("12345.67")));
        return Arbitraries.maps(Arbitraries.strings().alpha().ofLength(8), amount).ofMinSize(0).ofMaxSize(60);
    }

    @Provide
    Arbitrary<AbcThresholds> thresholds() {
        return Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.integers().between(0, 99))
                .filter((a, b) -> a + b <= 100)
                .as((a, b) -> new AbcThresholds(BigDecimal.valueOf(a), BigDecimal.valueOf(b)));
    }
}
