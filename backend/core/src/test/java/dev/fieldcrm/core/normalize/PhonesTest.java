package dev.fieldcrm.core.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhonesTest {
    private final Phones russian = new Phones("RU");

    @ParameterizedTest
    @ValueSource(strings = {"8 (916) 123-45-67", "+7 916 1234567", "79161234567", "+7 (916) 123 45 67", " 89161234567 "})
    void oneMobileNumberInTheWaysRepsTypeIt_isOneE164Number(String typed) {
        assertThat(russian.toE164(typed)).contains("+79161234567");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "not a phone", "12", "8 (916) 123-45", "+7 916 123 45 67 89 01"})
    void textThatIsNotAValidNumber_givesNothing(String typed) {
        assertThat(russian.toE164(typed)).isEmpty();
    }

    @Test
    void overlongText_isRefusedBeforeParsing() {
        assertThat(russian.toE164("+7 916 123-45-67" + " ".repeat(30))).isEmpty();
    }

    @Test
    void aForeignNumberWithItsCountryCode_keepsItsCountry_underTheRussianDefault() {
        assertThat(russian.toE164("+49 30 901820")).contains("+4930901820");
        assertThat(russian.toE164("+49 (151) 2345-6789")).contains("+4915123456789");
    }

    @Test
    void aNumberWithoutCountryCode_isReadInTheTenantsRegion() {
        assertThat(new Phones("DE").toE164("030 901820")).contains("+4930901820");
        assertThat(russian.toE164("030 901820")).isEmpty();
    }
}
