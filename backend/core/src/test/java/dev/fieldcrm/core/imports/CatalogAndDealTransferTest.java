package dev.fieldcrm.core.imports;

import dev.fieldcrm.core.catalog.ProductInput;
import dev.fieldcrm.core.deals.StageChange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogAndDealTransferTest {
    private static final ProductInput STORED = new ProductInput("Tea", "pcs", new BigDecimal("20"), new BigDecimal("10.00"), false);

    @Test
    void aProductRow_changesOnlyItsColumns() {
        ProductInput merged = ProductTransfer.merge(STORED, CsvRow.of(1, Map.of("sku", "T-1", "costPrice", "12.5")));

        assertThat(merged).isEqualTo(new ProductInput("Tea", "pcs", new BigDecimal("20"), new BigDecimal("12.5"), false));
    }

    @Test
    void anEmptyActiveCell_meansActive_andAnEmptyCostPriceClearsIt() {
        ProductInput merged = ProductTransfer.merge(STORED, CsvRow.of(1, Map.of("active", "", "costPrice", "")));

        assertThat(merged.active()).isNull();
        assertThat(merged.costPrice()).isNull();
    }

    @Test
    void anUnreadableDecimal_isReportedByItsColumn_andKeepsTheStoredValue() {
        CsvRow row = CsvRow.of(1, Map.of("vatRate", "twenty"));

        ProductInput merged = ProductTransfer.merge(STORED, row);

        assertThat(merged.vatRate()).isEqualTo(new BigDecimal("20"));
        assertThat(row.errors()).extracting(e -> e.field()).containsExactly("vatRate");
    }

    @Test
    void decimals_areComparedByValue_andWrittenWithoutExponent() {
        assertThat(Decimals.same(new BigDecimal("20"), new BigDecimal("20.00"))).isTrue();
        assertThat(Decimals.same(new BigDecimal("20"), new BigDecimal("20.01"))).isFalse();
        assertThat(Decimals.same(null, null)).isTrue();
        assertThat(Decimals.same(null, BigDecimal.ZERO)).isFalse();
        assertThat(Decimals.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void aDealsStageHistory_isOneCell_oldestFirst_withAnEmptyFromForTheFirstStage() {
        Instant created = Instant.parse("2026-01-10T09:00:00Z");
        Instant moved = Instant.parse("2026-01-12T15:30:00Z");
        List<StageChange> history = List.of(
                new StageChange("h1", "d1", null, "new", "rep1", created, null, null, null, null, null, null, false),
                new StageChange("h2", "d1", "new", "lost", "mgr", moved, "no-budget", "gone", null, null, null, null, false));

        assertThat(DealTransfer.history(history))
                .isEqualTo("2026-01-10T09:00:00Z>>new>rep1|2026-01-12T15:30:00Z>new>lost>mgr");
        assertThat(DealTransfer.history(List.of())).isEmpty();
    }
}
