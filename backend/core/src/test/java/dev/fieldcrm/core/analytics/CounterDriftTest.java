package dev.fieldcrm.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CounterDriftTest {

    @Test
    void aCounterThatDiffersFromItsSources_isDrifted_byTheDifference_andMissingNamesCountAsZero() {
        var drifted = CounterDrift.of(Map.of("a", BigDecimal.TEN, "gone", BigDecimal.ONE),
                Map.of("a", BigDecimal.TEN, "gone", BigDecimal.ONE), Map.of("a", BigDecimal.valueOf(12), "new", BigDecimal.ONE));

        assertThat(drifted).extracting(CounterDrift.Drifted::name).containsExactly("a", "gone", "new");
        assertThat(drifted).extracting(CounterDrift.Drifted::difference)
                .containsExactly(BigDecimal.valueOf(2), BigDecimal.ONE.negate(), BigDecimal.ONE);
    }

    @Test
    void aCounterThatMovedWhileTheRunRead_isBusy_andLeftToTheNextRun() {
        var drifted = CounterDrift.of(Map.of("a", BigDecimal.ONE), Map.of("a", BigDecimal.TWO), Map.of("a", BigDecimal.TEN));

        assertThat(drifted).isEmpty();
    }

    @Test
    void equalValuesOfAnotherScale_areNoDrift() {
        assertThat(CounterDrift.of(Map.of(), Map.of("a", new BigDecimal("5.00")), Map.of("a", new BigDecimal("5"))))
                .isEmpty();
    }
}
