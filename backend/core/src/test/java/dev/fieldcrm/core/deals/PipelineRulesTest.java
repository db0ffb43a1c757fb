package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.shared.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineRulesTest {

    @Test
    void theDefaultPipelines_areValid() {
        for (Pipeline pipeline : SalesDefaults.pipelines()) {
            assertThat(PipelineRules.check(pipeline.stages())).as(pipeline.id()).isEmpty();
        }
    }

    @Test
    void aRepeatedStageId_isNamedByItsPosition() {
        List<FieldError> errors = PipelineRules.check(List.of(
                Stage.of("new", "New", 0, StageKind.OPEN),
                Stage.of("new", "Again", 0, StageKind.OPEN),
                Stage.of("won", "Won", 100, StageKind.WON),
                Stage.of("lost", "Lost", 0, StageKind.LOST)));
        assertThat(errors).extracting(FieldError::field).containsExactly("stages[1].id");
    }

    @Test
    void noWonStage_twoWonStages_andNoLostStage_areRefused() {
        assertThat(PipelineRules.check(List.of(Stage.of("new", "New", 0, StageKind.OPEN), Stage.of("lost", "Lost", 0, StageKind.LOST))))
                .extracting(FieldError::message).containsExactly("must have exactly one WON stage (has 0)");
        assertThat(PipelineRules.check(List.of(Stage.of("new", "New", 0, StageKind.OPEN),
                Stage.of("w1", "W1", 100, StageKind.WON), Stage.of("w2", "W2", 100, StageKind.WON))))
                .extracting(FieldError::message)
                .containsExactly("must have exactly one WON stage (has 2)", "must have at least one LOST stage");
    }

    @Test
    void newDealsEnterTheFirstStage_soItMustBeAnOpenStage() {
        assertThat(PipelineRules.check(List.of(Stage.of("frozen", "Frozen", 0, StageKind.FROZEN),
                Stage.of("won", "Won", 100, StageKind.WON), Stage.of("lost", "Lost", 0, StageKind.LOST))))
                .extracting(FieldError::field).containsExactly("stages[0].kind");
    }

    @Test
    void aTrialStage_lasts14DaysUnlessToldOtherwise_andOtherKindsHaveNoTrialDays() {
        assertThat(Stage.of("trial", "Trial", 50, StageKind.TRIAL).trialDays()).isEqualTo(14);
        assertThat(new Stage("trial", "Trial", 50, null, StageKind.TRIAL, 30).trialDays()).isEqualTo(30);
        assertThat(new Stage("open", "Open", 50, null, StageKind.OPEN, 30).trialDays()).isNull();
    }
}
