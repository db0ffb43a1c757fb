package dev.fieldcrm.core.integrations;

import dev.fieldcrm.core.leads.LeadRouting;

import java.time.Instant;

/**
 * An inbound integration as the API shows it: everything but the signing secret.
 *
 * @param key the public key in the events URL ({@code /api/v1/inbound/{key}/events})
 */
public record IntegrationView(String id, String name, IntegrationKind kind, LeadRouting routing, boolean active,
                              String key, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                              long version) {
}
