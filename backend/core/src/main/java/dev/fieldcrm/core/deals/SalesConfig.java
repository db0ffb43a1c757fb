package dev.fieldcrm.core.deals;

import dev.fieldcrm.core.shared.ValidationFailed;

import java.util.List;
import java.util.Optional;

/** Everything a tenant configured for sales (defaults filled in), as read by one Query. */
public record SalesConfig(SalesSettings settings, List<Pipeline> pipelines) {
    public SalesConfig {
        pipelines = List.copyOf(pipelines);
    }

    public Optional<Pipeline> pipeline(String pipelineId) {
        return pipelines.stream().filter(p -> p.id().equals(pipelineId)).findFirst();
    }

    /** The named pipeline, or the clients' pipeline when none is named. */
    public Pipeline pipelineOrDefault(String pipelineId, String field) {
        if (pipelineId == null) {
            return pipelines.stream().filter(p -> p.purpose() == PipelinePurpose.CLIENTS).findFirst()
                    .or(() -> pipelines.stream().findFirst())
                    .orElseThrow(() -> ValidationFailed.of(field, "the tenant has no pipeline"));
        }
        return pipeline(pipelineId).orElseThrow(() -> ValidationFailed.of(field, "is not a pipeline of this tenant"));
    }
}
