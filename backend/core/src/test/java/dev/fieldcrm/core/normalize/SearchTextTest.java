package dev.fieldcrm.core.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void fold_ignoresCase() {
        assertThat(SearchText.fold("ТОРГОВАЯ Сеть")).isEqualTo(SearchText.fold("торговая сеть")).isEqualTo("торговая сеть");
    }

    @Test
    void fold_readsYoAsYe() {
        assertThat(SearchText.fold("Ёлка")).isEqualTo("елка");
        assertThat(SearchText.fold("ёжик")).isEqualTo(SearchText.fold("ежик"));
    }

    @Test
    void fold_dropsDiacritics() {
        assertThat(SearchText.fold("Café")).isEqualTo("cafe");
        assertThat(SearchText.fold("Müller Straße")).isEqualTo("muller straße");
    }

    @Test
    void fold_turnsQuotesPunctuationAndRepeatedSpacesIntoSingleSpaces() {
        assertThat(SearchText.fold("  «Рога   и-Копыта»!  ")).isEqualTo("рога и копыта");
    }

    @Test
    void fold_ofNothing_isEmpty() {
        assertThat(SearchText.fold(null)).isEmpty();
    }

    @Test
    void nameKey_dropsALeadingOrTrailingLegalForm() {
        assertThat(SearchText.nameKey("ООО «Ёлка»")).isEqualTo("елка");
        assertThat(SearchText.nameKey("Ёлка, ООО")).isEqualTo("елка");
        assertThat(SearchText.nameKey("Acme GmbH")).isEqualTo("acme");
        assertThat(SearchText.nameKey("LLC Acme Trading Ltd.")).isEqualTo("acme trading");
    }

    @Test
    void nameKey_keepsALegalFormInTheMiddleOfTheName() {
        assertThat(SearchText.nameKey("Альфа ООО Бета")).isEqualTo("альфа ооо бета");
    }

    @Test
    void nameKey_ofANameThatIsOnlyALegalForm_keepsIt() {
        assertThat(SearchText.nameKey("ООО")).isEqualTo("ооо");
    }

    @Test
    void whatARepTypes_isAPrefixOfTheStoredKey() {
        assertThat(SearchText.nameKey("ООО «Ёлка-Сервис»")).startsWith(SearchText.nameKey("елка с"));
    }
}
