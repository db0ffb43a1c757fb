package dev.fieldcrm.core.informing;

import dev.fieldcrm.core.clients.Category;
import dev.fieldcrm.core.clients.Client;
import jakarta.validation.constraints.Size;

import java.util.Locale;

/**
 * Which clients' contacts a mailing reaches: every given criterion must hold (AND); absent criteria do not narrow.
 * Owner and team choose which index partition is read; segment, category and city are checked on each client read.
 */
public record AudienceFilter(@Size(max = 100) String segment,
                             Category category,
                             @Size(max = 100) String city,
                             @Size(max = 64) String ownerId,
                             @Size(max = 64) String teamId) {

    public static AudienceFilter everyone() {
        return new AudienceFilter(null, null, null, null, null);
    }

    AudienceFilter inTeam(String team) {
        return new AudienceFilter(segment, category, city, ownerId, team);
    }

    /** Whether an active client meets the criteria that are not served by the index read. */
    public boolean admits(Client client) {
        if (client.archived()) {
            return false;
        }
        if (teamId != null && !teamId.equals(client.teamId())) {
            return false;
        }
        if (ownerId != null && !ownerId.equals(client.ownerId())) {
            return false;
        }
        if (category != null && category != client.details().category()) {
            return false;
        }
        return same(segment, client.details().segment()) && same(city, client.details().city());
    }

    private static boolean same(String wanted, String actual) {
        return wanted == null || wanted.isBlank()
                || actual != null && wanted.strip().toLowerCase(Locale.ROOT).equals(actual.strip().toLowerCase(Locale.ROOT));
    }
}
