package dev.fieldcrm.core.informing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsFitTest {
    @Test
    void gsmTexts_take160ThenSegmentsOf153() {
        assertThat(SmsFit.segments("a".repeat(160))).isEqualTo(1);
        assertThat(SmsFit.segments("a".repeat(161))).isEqualTo(2);
        assertThat(SmsFit.segments("a".repeat(306))).isEqualTo(2);
        assertThat(SmsFit.segments("a".repeat(307))).isEqualTo(3);
        assertThat(SmsFit.segments("€".repeat(80))).isEqualTo(1);
        assertThat(SmsFit.segments("€".repeat(81))).isEqualTo(2);
    }

    @Test
    void cyrillicTexts_areUcs2_70ThenSegmentsOf67() {
        assertThat(SmsFit.segments("я".repeat(70))).isEqualTo(1);
        assertThat(SmsFit.segments("я".repeat(71))).isEqualTo(2);
        assertThat(SmsFit.fits("я".repeat(134))).isTrue();
        assertThat(SmsFit.fits("я".repeat(135))).isFalse();
        assertThat(SmsFit.segments("a".repeat(100) + "я")).isEqualTo(2);
    }
}
