package dev.fieldcrm.core.deals;

import java.util.List;

/**
 * A tenant's sales vocabulary: where deals come from and why they are won or lost; the currency a deal gets
 * when none is given. Read as {@link SalesDefaults#settings()} (version 0) until an admin stores it.
 */
public record SalesSettings(List<String> sources, List<String> wonReasons, List<String> lostReasons,
                            String defaultCurrency, long version) implements SalesRecord {
    public SalesSettings {
        sources = sources == null ? List.of() : List.copyOf(sources);
        wonReasons = wonReasons == null ? List.of() : List.copyOf(wonReasons);
        lostReasons = lostReasons == null ? List.of() : List.copyOf(lostReasons);
    }
}
