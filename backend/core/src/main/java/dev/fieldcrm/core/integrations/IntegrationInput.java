package dev.fieldcrm.core.integrations;

import dev.fieldcrm.core.leads.LeadRouting;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an admin sets on an inbound integration.
 *
 * @param routing where its leads go (any part may be absent: the tenant's defaults)
 * @param active  false: its events are refused as if the key were unknown (absent: true)
 */
public record IntegrationInput(@NotBlank @Size(max = 100) String name,
                               @NotNull IntegrationKind kind,
                               LeadRouting routing,
                               Boolean active) {

    boolean isActive() {
        return active == null || active;
    }
}
