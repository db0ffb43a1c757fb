package dev.fieldcrm.core.hygiene;

import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.Contact;
import dev.fieldcrm.core.deals.Deal;
import dev.fieldcrm.core.deals.Pipeline;
import dev.fieldcrm.core.deals.Stage;
import dev.fieldcrm.core.deals.StageKind;
import dev.fieldcrm.core.tasks.Task;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the hygiene rules look at for one deal, read once: the rules themselves never touch storage, so the
 * same facts give the same offences whether the stream or the schedule evaluates them.
 *
 * @param client    the deal's organisation, null when the deal has none
 * @param contact   the deal's contact, null when it has none
 * @param openTasks the organisation's open tasks (next steps); empty when there is no organisation
 * @param now       the moment of evaluation (time-based rules count from it)
 */
public record DealFacts(Deal deal, Pipeline pipeline, Client client, Contact contact, List<Task> openTasks,
                        Instant now) {

    public DealFacts {
        openTasks = openTasks == null ? List.of() : List.copyOf(openTasks);
    }

    public Optional<Stage> stage() {
        return pipeline.stages().stream().filter(s -> s.id().equals(deal.stageId())).findFirst();
    }

    public StageKind stageKind() {
        return stage().map(Stage::kind).orElse(StageKind.OPEN);
    }

    /** Worked on: not won, lost or frozen. */
    public boolean inWork() {
        StageKind kind = stageKind();
        return kind == StageKind.OPEN || kind == StageKind.TRIAL;
    }

    /**
     * Whether the deal is at the given stage or a later one of its pipeline (won counts as later; lost and frozen
     * do not, since a deal there did not get that far on the way to a sale).
     */
    public boolean reached(String stageId) {
        if (stageId == null) {
            return false;
        }
        List<Stage> stages = pipeline.stages();
        int target = indexOf(stages, stageId);
        int current = indexOf(stages, deal.stageId());
        StageKind kind = stageKind();
        return target >= 0 && current >= target && kind != StageKind.LOST && kind != StageKind.FROZEN;
    }

    private static int indexOf(List<Stage> stages, String id) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
