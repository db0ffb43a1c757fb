package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.shared.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes a pipeline usable: deals can be told apart by stage, closed as won, and closed as lost. */
public final class PipelineRules {
    private PipelineRules() {
    }

    /** Every rule the stages break (empty when the pipeline is valid). */
    public static List<FieldError> check(List<Stage> stages) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int won = 0;
        int lost = 0;
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (!seen.add(stage.id())) {
                errors.add(new FieldError("stages[" + i + "].id", "'" + stage.id() + "' is used by an earlier stage"));
            }
            if (stage.probability() < 0 || stage.probability() > 100) {
                errors.add(new FieldError("stages[" + i + "].probability", "must be between 0 and 100"));
            }
            if (stage.kind() == StageKind.WON) {
                won++;
            } else if (stage.kind() == StageKind.LOST) {
                lost++;
            }
        }
        if (won != 1) {
            errors.add(new FieldError("stages", "must have exactly one WON stage (has " + won + ")"));
        }
        if (lost < 1) {
            errors.add(new FieldError("stages", "must have at least one LOST stage"));
        }
        if (!stages.isEmpty() && stages.getFirst().kind() != StageKind.OPEN) {
            errors.add(new FieldError("stages[0].kind", "new deals enter the first stage, so it must be an OPEN stage"));
        }
        return errors;
    }
}
