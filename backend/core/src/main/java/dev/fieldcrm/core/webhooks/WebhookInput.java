package dev.fieldcrm.core.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * What an admin writes about a subscription. The URL is checked further by {@link WebhookTargets} (https, no user
 * info, allowed port, no private address literal); {@code active} defaults to true.
 */
public record WebhookInput(@NotBlank @Size(max = 2000) String url,
                           @NotEmpty @Size(max = 20) Set<@NotNull WebhookEvent> events,
                           Boolean active,
                           @Size(max = 500) String description) {
    public boolean isActive() {
        return active == null || active;
    }
}
