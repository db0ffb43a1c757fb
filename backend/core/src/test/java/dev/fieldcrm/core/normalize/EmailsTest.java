package dev.fieldcrm.core.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailsTest {

    @Test
    void anAddressIsTrimmedAndLowerCased() {
        assertThat(Emails.normalise("  Buyer.One@Example.COM\t")).contains("buyer.one@example.com");
    }

    @Test
    void dotsAndPlusTags_areKept_becauseAMailServerMayTreatThemAsOtherMailboxes() {
        assertThat(Emails.normalise("first.last+crm@gmail.com")).contains("first.last+crm@gmail.com");
        assertThat(Emails.normalise("firstlast@gmail.com")).isNotEqualTo(Emails.normalise("first.last@gmail.com"));
    }

    @Test
    void internationalisedAddresses_areAccepted() {
        assertThat(Emails.normalise("Закупки@Ёлка.РФ")).contains("закупки@ёлка.рф");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "buyer", "buyer@", "@example.com", "buyer@example", "buyer@@example.com",
            "bu yer@example.com", "buyer@exa mple.com", "a@b@example.com", "buyer@example..com", "buyer@.example.com"})
    void textThatIsNotShapedLikeAnAddress_givesNothing(String text) {
        assertThat(Emails.normalise(text)).isEmpty();
    }

    @Test
    void aLocalPartOver64Characters_orAnAddressOver254_isRefused() {
        assertThat(Emails.normalise("a".repeat(64) + "@example.com")).isPresent();
        assertThat(Emails.normalise("a".repeat(65) + "@example.com")).isEmpty();
        String longDomain = ("d".repeat(62) + ".").repeat(4) + "com";
        assertThat(Emails.normalise("buyer@" + longDomain)).isEmpty();
    }
}
