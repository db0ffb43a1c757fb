package dev.fieldcrm.mobile.core.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's pipelines ({@code GET /api/v1/pipelines}) and the reasons a deal may be won or lost
 * ({@code GET /api/v1/sales-settings}) as last read online, so a stage move can be checked and offered offline.
 *
 * @param pipelines      the API's {@code Pipeline} JSON, as returned
 * @param lostReasons    the only reasons the server accepts when a deal moves to a LOST stage
 * @param wonReasons     the same for WON stages
 * @param fetchedAt      when it was read (the screens show its age)
 */
public record SalesSetup(List<JsonNode> pipelines, List<String> lostReasons, List<String> wonReasons,
                         String defaultCurrency, Instant fetchedAt) {

    public SalesSetup {
        pipelines = List.copyOf(pipelines);
        lostReasons = List.copyOf(lostReasons);
        wonReasons = List.copyOf(wonReasons);
    }

    public Optional<JsonNode> pipeline(String pipelineId) {
        return pipelines.stream().filter(p -> p.path("id").asText().equals(pipelineId)).findFirst();
    }

    /** A stage of a pipeline ({@code Stage}: id, name, kind, requiredFields…). */
    public Optional<JsonNode> stage(String pipelineId, String stageId) {
        return pipeline(pipelineId).flatMap(p -> stagesOf(p).stream()
                .filter(s -> s.path("id").asText().equals(stageId)).findFirst());
    }

    /** The stages of a pipeline in board order (empty when the pipeline is unknown here). */
    public List<JsonNode> stages(String pipelineId) {
        return pipeline(pipelineId).map(SalesSetup::stagesOf).orElse(List.of());
    }

    /** The reasons allowed for a stage kind (WON/LOST), or empty when the kind needs none. */
    public List<String> reasonsFor(String stageKind) {
        return switch (stageKind) {
            case "WON" -> wonReasons;
            case "LOST" -> lostReasons;
            default -> List.of();
        };
    }

    private static List<JsonNode> stagesOf(JsonNode pipeline) {
        List<JsonNode> stages = new ArrayList<>();
        pipeline.path("stages").forEach(stages::add);
        return stages;
    }
}
