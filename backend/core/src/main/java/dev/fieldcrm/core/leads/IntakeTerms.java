package dev.fieldcrm.core.leads;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The part of a tenant's lead settings that processing an inbound request needs. A narrow view, so the worker's
 * processing does not depend on how the settings are stored and edited (the settings API's {@code LeadSettings}).
 *
 * @param phoneRegion     region for phone numbers written without a country code (ISO 3166 alpha-2, e.g. RU)
 * @param createClients   an unmatched request becomes a client + contact + deal (true) or a lead in the inbox (false)
 * @param contactDeadline when a request received at the given instant must have been answered (the SLA)
 */
public record IntakeTerms(String phoneRegion, boolean createClients, UnaryOperator<Instant> contactDeadline) {

    /** The settings every tenant has until it stores its own: RU phones, leads, 15 minutes. */
    public static IntakeTerms defaults() {
        return new IntakeTerms("RU", false, at -> at.plusSeconds(15 * 60));
    }

    /** Reads a tenant's terms. */
    public interface Source {
        IntakeTerms of(String tenantId);
    }
}
