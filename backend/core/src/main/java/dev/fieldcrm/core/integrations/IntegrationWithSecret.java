package dev.fieldcrm.core.integrations;

/** The answer to a create or a secret rotation: the only time the signing secret is shown. */
public record IntegrationWithSecret(IntegrationView integration, String secret) {
}
