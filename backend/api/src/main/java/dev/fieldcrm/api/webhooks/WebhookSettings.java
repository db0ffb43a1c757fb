package dev.fieldcrm.api.webhooks;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;
import java.util.Set;

/** Settings of outbound webhooks in the API ({@code fieldcrm.webhooks.*}). */
@ConfigMapping(prefix = "fieldcrm.webhooks")
public interface WebhookSettings {
    /** Ports besides 443 that subscription URLs may name ({@code FIELDCRM_WEBHOOKS_ALLOWED_PORTS}, comma-separated). */
    Optional<Set<Integer>> allowedPorts();
}
