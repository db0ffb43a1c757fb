package dev.fieldcrm.core.deals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A pipeline as an admin sends it: stages in funnel order. */
public record PipelineInput(@NotBlank @Size(max = 100) String name,
                            @NotNull PipelinePurpose purpose,
                            @NotEmpty @Size(max = 30) List<@Valid @NotNull Stage> stages) {
}
