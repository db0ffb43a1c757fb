package dev.fieldcrm.core.catalog;

import dev.fieldcrm.core.clients.Category;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The price list that applies to a client on a day, and why.
 *
 * <p>Rule: among the lists that are active, valid on the day and (when a currency is asked for) in that currency,
 * prefer one made for the client's conditions package, then one for the client's category, then a general one
 * (neither package nor category set). Lists made for another package or category never apply. Among equals
 * the latest {@code validFrom} wins, then the smallest id (so the choice is deterministic).
 *
 * @param reason {@code CONDITIONS_PACKAGE}, {@code CATEGORY} or {@code GENERAL}
 */
public record PriceListChoice(PriceList priceList, Reason reason) {

    public enum Reason { CONDITIONS_PACKAGE, CATEGORY, GENERAL }

    public static Optional<PriceListChoice> choose(List<PriceList> lists, String conditionsPackage, Category category,
                                                   LocalDate on, String currency) {
        String pkg = CatalogCodes.packageCodeOrNull(conditionsPackage);
        Comparator<PriceList> newestFirst = Comparator.comparing(PriceList::validFrom).reversed()
                .thenComparing(PriceList::id);
        for (Reason reason : Reason.values()) {
            Optional<PriceList> best = lists.stream()
                    .filter(l -> l.appliesOn(on))
                    .filter(l -> currency == null || currency.equals(l.currency()))
                    .filter(l -> matches(l, reason, pkg, category))
                    .min(newestFirst);
            if (best.isPresent()) {
                return Optional.of(new PriceListChoice(best.get(), reason));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(PriceList list, Reason reason, String pkg, Category category) {
        return switch (reason) {
            case CONDITIONS_PACKAGE -> pkg != null && pkg.equals(list.conditionsPackage());
            case CATEGORY -> category != null && list.conditionsPackage() == null && Objects.equals(category, list.category());
            case GENERAL -> list.conditionsPackage() == null && list.category() == null;
        };
    }
}
