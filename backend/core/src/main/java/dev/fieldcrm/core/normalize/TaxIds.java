package dev.fieldcrm.core.normalize;

import java.util.Locale;
import java.util.Optional;

/** Tax ids compared without spaces, dashes and dots, upper-cased (INN, VAT ids, EIN…). */
public final class TaxIds {
    private TaxIds() {
    }

    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
        if (compact.isEmpty() || compact.length() > 32 || !compact.matches("[A-Z0-9]+")) {
            return Optional.empty();
        }
        return Optional.of(compact);
    }
}
