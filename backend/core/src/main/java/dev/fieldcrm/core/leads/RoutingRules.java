package dev.fieldcrm.core.leads;

import dev.fieldcrm.core.deals.Pipeline;
import dev.fieldcrm.core.deals.StageKind;
import dev.fieldcrm.core.deals.SalesConfig;
import dev.fieldcrm.core.shared.FieldError;
import dev.fieldcrm.core.users.User;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What a {@link LeadRouting} (of a web form or an inbound integration) must name: the tenant's own pipelines, stages, sources and active users. */
public final class RoutingRules {
    private RoutingRules() {
    }

    /** Adds an error per broken rule to {@code errors} (fields {@code routing.*}). */
    public static void check(LeadRouting routing, SalesConfig sales, Function<String, Optional<User>> users,
                                List<FieldError> errors) {
        if (routing == null) {
            return;
        }
        Optional<Pipeline> pipeline = Optional.empty();
        if (routing.pipelineId() != null) {
            pipeline = sales.pipeline(routing.pipelineId());
            if (pipeline.isEmpty()) {
                errors.add(new FieldError("routing.pipelineId", "is not a pipeline of this tenant"));
            }
        }
        if (routing.stageId() != null) {
            if (routing.pipelineId() == null) {
                errors.add(new FieldError("routing.stageId", "needs routing.pipelineId"));
            } else if (pipeline.isPresent() && pipeline.get().stage(routing.stageId()).isEmpty()) {
                errors.add(new FieldError("routing.stageId", "is not a stage of the pipeline"));
            } else if (pipeline.isPresent() && pipeline.get().stage(routing.stageId()).get().kind() != StageKind.OPEN) {
                // Trial, frozen and closed stages have their own use cases (a trial end, a return date, a reason).
                errors.add(new FieldError("routing.stageId", "must be an open (work in progress) stage"));
            }
        }
        if (routing.source() != null && !sales.settings().sources().contains(routing.source())) {
            errors.add(new FieldError("routing.source", "is not one of the tenant's sources"));
        }
        if (routing.ownerId() != null && users.apply(routing.ownerId()).filter(User::active).isEmpty()) {
            errors.add(new FieldError("routing.ownerId", "is not an active user of this tenant"));
        }
        if (routing.teamId() != null && (routing.teamId().isBlank() || routing.teamId().length() > 100)) {
            errors.add(new FieldError("routing.teamId", "must be a team id"));
        }
    }
}
