package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.clients.Money;
import dev.fieldcrm.core.shared.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StageRulesTest {
    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private static Deal deal(Money amount, String proposalLink) {
        return new Deal("D", null, null, "rep1", "east", "t", amount, null, null, null, proposalLink, null, null, null,
                "clients", "new", AT, DealStatus.OPEN, null, null, null, false, AT, "rep1", AT, "rep1", 1);
    }

    @Test
    void everyMissingRequiredField_isListedUnderItsApiName() {
        Stage demo = Stage.of("demo", "Demo", 50, StageKind.OPEN, DealField.AMOUNT, DealField.PROPOSAL_LINK, DealField.DEMO_LINK);
        assertThat(DealService.missingFields(deal(null, null), demo)).extracting(FieldError::field)
                .containsExactly("amount", "proposalLink", "demoLink");
        assertThat(DealService.missingFields(deal(new Money(BigDecimal.TEN, "RUB"), "https://x.example/kp"), demo))
                .extracting(FieldError::field).containsExactly("demoLink");
    }

    @Test
    void closingNeedsAReasonFromTheMatchingList_otherStagesNeedNone() {
        SalesSettings settings = SalesDefaults.settings();
        Stage won = Stage.of("won", "Won", 100, StageKind.WON);
        Stage lost = Stage.of("lost", "Lost", 0, StageKind.LOST);
        assertThat(DealService.reasonError(won, null, settings)).isPresent();
        assertThat(DealService.reasonError(won, "price-too-high", settings)).as("a lost reason does not close as won").isPresent();
        assertThat(DealService.reasonError(lost, "price-too-high", settings)).isEmpty();
        assertThat(DealService.reasonError(Stage.of("x", "X", 5, StageKind.OPEN), null, settings)).isEmpty();
    }

    @Test
    void theOwnershipFlag_isSetOnlyWhenTheClientsOwnerDiffers() {
        assertThat(Deal.mismatch("rep1", "C", "rep2")).isTrue();
        assertThat(Deal.mismatch("rep1", "C", "rep1")).isFalse();
        assertThat(Deal.mismatch("rep1", null, null)).isFalse();
    }
}
