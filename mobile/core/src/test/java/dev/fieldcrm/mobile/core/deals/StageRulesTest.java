package dev.fieldcrm.mobile.core.deals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fieldcrm.mobile.core.api.Json;
import dev.fieldcrm.mobile.core.testing.Samples;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's stage-move rules, checked on the phone before anything is queued. */
class StageRulesTest {
    static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    static ObjectNode deal() {
        return Json.mapper().createObjectNode().put("id", "d1").put("clientId", "c1").put("title", "Machines")
                .put("pipelineId", "sales").put("stageId", "new").put("status", "OPEN").put("version", 3);
    }

    private static List<FieldProblem> check(JsonNode deal, DealMove move) {
        return StageRules.check(deal, move, Samples.salesSetup(), TODAY);
    }

    @Test
    void aStagesRequiredFields_missingOnTheDealAndNotTyped_areNamed() {
        assertThat(check(deal(), DealMove.to("proposal"))).containsExactly(
                new FieldProblem("amount", FieldProblem.Kind.MISSING),
                new FieldProblem("proposalLink", FieldProblem.Kind.MISSING));
    }

    @Test
    void typedValues_fillTheMissingFields_butMustBeValuesTheApiAccepts() {
        DealMove typed = new DealMove("proposal", null, null, null,
                Map.of("amount", "1 250,50", "proposalLink", "docs/offer.pdf"));

        assertThat(check(deal(), typed)).containsExactly(new FieldProblem("proposalLink", FieldProblem.Kind.INVALID));
        assertThat(check(deal(), new DealMove("proposal", null, null, null,
                Map.of("amount", "1250.50", "proposalLink", "https://example.com/offer")))).isEmpty();
    }

    @Test
    void fieldsTheDealHasAlready_needNothingTyped() {
        ObjectNode deal = deal().put("proposalLink", "https://example.com/offer");
        deal.putObject("amount").put("amount", "100").put("currency", "RUB");

        assertThat(check(deal, DealMove.to("proposal"))).isEmpty();
    }

    @Test
    void losingNeedsAReasonFromTheTenantsList_freezingAFutureReturnDay() {
        assertThat(check(deal(), DealMove.to("lost")))
                .containsExactly(new FieldProblem("reason", FieldProblem.Kind.MISSING));
        assertThat(check(deal(), new DealMove("lost", "Weather", null, null, Map.of()))).hasSize(1);
        assertThat(check(deal(), new DealMove("lost", "Price", null, null, Map.of()))).isEmpty();
        assertThat(check(deal(), new DealMove("frozen", null, TODAY, null, Map.of())))
                .containsExactly(new FieldProblem("returnOn", FieldProblem.Kind.MISSING));
        assertThat(check(deal(), new DealMove("frozen", null, TODAY.plusDays(1), null, Map.of()))).isEmpty();
    }

    @Test
    void theCurrentStageOrAStageOfAnotherPipeline_isNotAMove() {
        assertThat(check(deal(), DealMove.to("new"))).containsExactly(
                new FieldProblem("stageId", FieldProblem.Kind.INVALID));
        assertThat(check(deal(), DealMove.to("nowhere"))).containsExactly(
                new FieldProblem("stageId", FieldProblem.Kind.INVALID));
    }
}
