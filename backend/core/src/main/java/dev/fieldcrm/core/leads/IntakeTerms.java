package dev.fieldcrm.core.leads;

import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The part of a tenant's {@link LeadSettings} that processing an inbound request needs: a narrow view, so the
 * processing does not depend on how the settings are stored and edited.
 *
 * @param phoneRegion     region for phone numbers written without a country code (ISO 3166 alpha-2, e.g. RU)
 * @param createClients   an unmatched request becomes a client + contact + deal (true) or a lead in the inbox (false)
 * @param contactDeadline when a request received at the given instant must have been answered (the SLA)
 * @param settings        the settings these terms were read from, handed to the {@link LeadAssigner} so a new lead's
 *                        assignment does not read them a second time
 */
public record IntakeTerms(String phoneRegion, boolean createClients, UnaryOperator<Instant> contactDeadline,
                          LeadSettings settings) {

    /** The terms of a tenant's lead settings: its phone region, lead or client mode, the SLA in working time. */
    public static IntakeTerms of(LeadSettings settings) {
        return new IntakeTerms(settings.phoneRegion(), settings.createAs() == LeadSettings.CreateAs.CLIENT,
                received -> LeadSla.contactDeadline(received, settings), settings);
    }

    /** Reads a tenant's terms. */
    public interface Source {
        IntakeTerms of(String tenantId);
    }
}
