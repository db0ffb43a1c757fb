package dev.fieldcrm.core.deals;

import java.util.List;
import java.util.Optional;

/**
 * A tenant's sales funnel: ordered stages. Stored in the tenant's settings partition; a tenant that stored none
 * works with {@link SalesDefaults#pipelines()} (read as version 0).
 */
public record Pipeline(String id, String name, PipelinePurpose purpose, List<Stage> stages, long version) implements SalesRecord {
    public Pipeline {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    public Stage firstStage() {
        return stages.getFirst();
    }
}
