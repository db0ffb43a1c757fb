package dev.fieldcrm.core.catalog;

import dev.fieldcrm.core.clients.Category;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PriceListChoiceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private static PriceList list(String id, String currency, String pkg, Category category, String from, String to, boolean active) {
        return new PriceList(id, id, currency, pkg, category, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                active, null, null, 1);
    }

    private static PriceList general(String id, String from) {
        return list(id, "RUB", null, null, from, null, true);
    }

    private static Optional<PriceListChoice> choose(List<PriceList> lists, String pkg, Category category, String currency) {
        return PriceListChoice.choose(lists, pkg, category, DAY, currency);
    }

    @Test
    void aListForTheClientsPackage_beatsOneForItsCategory_whichBeatsAGeneralOne() {
        PriceList general = general("G", "2026-01-01");
        PriceList vip = list("V", "RUB", null, Category.VIP, "2026-01-01", null, true);
        PriceList pkg = list("P", "RUB", "GOLD", null, "2026-01-01", null, true);

        assertThat(choose(List.of(general, vip, pkg), "gold ", Category.VIP, null))
                .contains(new PriceListChoice(pkg, PriceListChoice.Reason.CONDITIONS_PACKAGE));
        assertThat(choose(List.of(general, vip, pkg), null, Category.VIP, null))
                .contains(new PriceListChoice(vip, PriceListChoice.Reason.CATEGORY));
        assertThat(choose(List.of(general, vip, pkg), "SILVER", Category.B, null))
                .contains(new PriceListChoice(general, PriceListChoice.Reason.GENERAL));
    }

    @Test
    void listsForAnotherPackageOrCategory_neverApply() {
        PriceList otherPkg = list("P", "RUB", "SILVER", null, "2026-01-01", null, true);
        PriceList otherCategory = list("V", "RUB", null, Category.A, "2026-01-01", null, true);

        assertThat(choose(List.of(otherPkg, otherCategory), "GOLD", Category.VIP, null)).isEmpty();
    }

    @Test
    void onlyActiveListsValidOnTheDay_apply_withValidToInclusive() {
        PriceList ended = list("E", "RUB", null, null, "2026-01-01", "2026-05-31", true);
        PriceList future = list("F", "RUB", null, null, "2026-06-02", null, true);
        PriceList inactive = list("I", "RUB", null, null, "2026-01-01", null, false);
        PriceList endsToday = list("T", "RUB", null, null, "2026-01-01", "2026-06-01", true);

        assertThat(choose(List.of(ended, future, inactive), null, null, null)).isEmpty();
        assertThat(choose(List.of(ended, future, inactive, endsToday), null, null, null)).map(PriceListChoice::priceList)
                .contains(endsToday);
    }

    @Test
    void aCurrency_narrowsTheCandidates() {
        PriceList rub = list("R", "RUB", "GOLD", null, "2026-01-01", null, true);
        PriceList eur = general("E", "2026-01-01");
        PriceList eurGeneral = list("EG", "EUR", null, null, "2026-01-01", null, true);

        assertThat(choose(List.of(rub, eur, eurGeneral), "GOLD", null, "EUR")).map(PriceListChoice::priceList).contains(eurGeneral);
    }

    @Test
    void amongEquals_theLatestValidFromWins_thenTheSmallestId() {
        PriceList older = general("A", "2026-01-01");
        PriceList newer = general("B", "2026-03-01");
        PriceList twin = general("C", "2026-03-01");

        assertThat(choose(List.of(older, twin, newer), null, null, null)).map(PriceListChoice::priceList).contains(newer);
    }

    @Test
    void aPackageNamedInCyrillicOnTheCard_matchesItsListWhateverTheCase() {
        PriceList partner = list("P", "RUB", CatalogCodes.packageCode("code", "Партнёр"), null, "2026-01-01", null, true);

        assertThat(choose(List.of(general("G", "2026-01-01"), partner), " партнёр", null, null))
                .contains(new PriceListChoice(partner, PriceListChoice.Reason.CONDITIONS_PACKAGE));
    }
}
