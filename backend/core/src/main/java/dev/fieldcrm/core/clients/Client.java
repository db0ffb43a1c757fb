package dev.fieldcrm.core.clients;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A client organisation as stored: the editable {@link ClientDetails} plus what the system maintains.
 *
 * @param recentInteractions the latest few interactions, newest first (kept here so the card is one read)
 * @param version            incremented on every change; updates are conditional on it
 */
public record Client(
        String id,
        String ownerId,
        String teamId,
        ClientDetails details,
        boolean archived,
        Instant lastContactAt,
        List<InteractionSummary> recentInteractions,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version) {

    public static final int RECENT_INTERACTIONS = 5;

    public Client {
        recentInteractions = recentInteractions == null ? List.of() : List.copyOf(recentInteractions);
    }

    public Client withDetails(ClientDetails newDetails, String actor, Instant at) {
        return new Client(id, ownerId, teamId, newDetails, archived, lastContactAt, recentInteractions,
                createdAt, createdBy, at, actor, version + 1);
    }

    public Client withArchived(boolean newArchived, String actor, Instant at) {
        return new Client(id, ownerId, teamId, details, newArchived, lastContactAt, recentInteractions,
                createdAt, createdBy, at, actor, version + 1);
    }

    public Client withOwner(String newOwnerId, String newTeamId, String actor, Instant at) {
        return new Client(id, newOwnerId, newTeamId, details, archived, lastContactAt, recentInteractions,
                createdAt, createdBy, at, actor, version + 1);
    }

    /** The card after an interaction: last contact moves forward (never back) and the summary joins the recent list. */
    public Client withInteraction(InteractionSummary interaction, String actor, Instant at) {
        List<InteractionSummary> recent = new ArrayList<>(recentInteractions);
        recent.add(interaction);
        recent.sort((a, b) -> b.occurredAt().compareTo(a.occurredAt()));
        List<InteractionSummary> kept = recent.subList(0, Math.min(RECENT_INTERACTIONS, recent.size()));
        Instant last = lastContactAt == null || interaction.occurredAt().isAfter(lastContactAt)
                ? interaction.occurredAt() : lastContactAt;
        return new Client(id, ownerId, teamId, details, archived, last, kept, createdAt, createdBy, at, actor, version + 1);
    }

    public String name() {
        return details.name();
    }
}
