package dev.fieldcrm.core.deals;

import java.util.List;

/**
 * A tenant's sales vocabulary: where deals come from and why they are won or lost; the currency a deal gets
 * when none is given; the tenant's name as its clients see it. Read as {@link SalesDefaults#settings()} (version 0)
 * until an admin stores it.
 *
 * @param displayName the company name shown in messages to clients (email header, survey and mailing texts); null:
 *                    the tenant id is shown (see {@link #displayNameOf})
 */
public record SalesSettings(List<String> sources, List<String> wonReasons, List<String> lostReasons,
                            String defaultCurrency, String displayName, long version) implements SalesRecord {
    /** The name to show for the tenant: its display name, else its id. */
    public String displayNameOf(String tenantId) {
        return displayName == null || displayName.isBlank() ? tenantId : displayName;
    }

    public SalesSettings {
        sources = sources == null ? List.of() : List.copyOf(sources);
        wonReasons = wonReasons == null ? List.of() : List.copyOf(wonReasons);
        lostReasons = lostReasons == null ? List.of() : List.copyOf(lostReasons);
    }
}
